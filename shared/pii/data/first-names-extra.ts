/**
 * Given names common in the US today that the older public-domain lists miss: recent SSA baby-name
 * favourites and frequent Hispanic, African-American, South Asian, Vietnamese, Chinese, Korean, Japanese,
 * Arabic, Irish, Eastern European, Somali, Ethiopian and West and Southern African names, romanised as US
 * records write them. Words separated by white space.
 */
export const FIRST_NAMES_EXTRA = `
tameka shonda lakisha latasha marquis lashonda latrice shameka rashida shantel lashawn laquita shaquille
latonya lawanda lashanda kesha keyana jaleesa jalisa jazmine lakesha latosha shaunda sherita tameika
tawanda tomeka zakiya marquise montrell ryker precious jurgen juergen
aaliyah abigail addison aiden aisha akira alejandro alexa alexis aliyah alyssa amari amber amir ana
andre andrea angel anika anjali aria ariana arjun armando arturo ashanti ashley aubrey austin ava
ayesha ayden bianca brandon brayden brianna brittany brooklyn caden camila cameron carlos carmen cesar
chloe chris darnell dasia deandre deja demetrius deshawn destiny devon diego dominique eduardo elena
elijah emeka emilio esperanza ethan fatima fernando gabriel gabriela genesis guadalupe hailey hamza
hannah hao hector hiroshi hussein ibrahim imani isabella isaiah jada jalen jamal jamie jasmine javier
jayden jaylen jazmin jin jorge juan julian kai kayla keisha kendra kenji kiara kobe kwame lakeisha
lamar latoya latisha leticia liam lucas lucia luis lupe madison malik marisol mateo maya mei mia miguel
mina ming mohamed mohammed muhammad naomi nevaeh ngozi nguyen nia noah nyla olivia omar oscar paola
pedro priya rafael rahul raj rashad reggie ricardo rosa sakura samir sanjay santiago sergio shanice
shaniqua shreya sofia sunil tamika tanisha tariq terrell tiana trevon tyrone valentina valeria vanessa
victor wei xavier ximena yasmin yolanda yuki yusuf zainab zara zoe zion jose maria daniel david kevin
laura megan nancy olga monica diana angela steven eric gregory rachel thomas emily linda patricia
jennifer robert michael james sarah brian tina derek jessica sam carla dustin kyle tyler jordan taylor
morgan logan mason hunter dylan connor ryan sean shawn travis trevor wyatt colton bryce chase blake
brooke paige kelsey lindsey whitney courtney tiffany crystal heather amanda stephanie melissa nicole
danielle kimberly christina samantha aarav aarush abhishek aditi aditya akash akshay amit amitabh anand
ananya anil anita ankit ankita anupam arnav aryan ashok asha bhavna chandra darshan deepa deepak
deepika devendra dinesh divya ganesh gaurav geeta girish gita gopal govind harish harsha hema indira
ishaan jagdish jaya jyoti kailash kamala kavita kiran krishna kumar lakshmi lalita madhu mahesh manish
manoj meena mohan mukesh nandini naveen neha nikhil nisha pallavi pankaj pooja pradeep prakash pranav
prasad preeti priyanka rajesh rakesh ramesh ravi rekha rohan rohit sachin sandeep sangeeta santosh
sarita seema shalini shanti sharmila shiva shruti shweta siddharth sneha sonia srinivas subhash sudha
sunita suresh sushma swati tanvi tarun usha varun vijay vikas vikram vinay vinod vishal yash yogesh anh
bao binh cuong dung duc giang hanh hieu hoang huong huy khanh linh minh ngoc nhung phong phuong quang
quynh thanh thao thuy tien trang trinh tuan uyen vinh vy xuan yen chen chun feng guang hua hui jian
jiang jie jing lian lin peng qiang qing shan sheng ting xiang xiao xin xiu yan ying yong zhen zhi zhong
bon-hwa chae-won da-eun do-hyun eun-ji ha-eun hye-jin hyun-woo ji-hoon ji-ho ji-min ji-woo ji-yeon
jun-ho min-ji min-jun seo-yeon seo-yun soo-jin sung-min ye-jin young-ho jiwoo jihoon minjun seoyeon
hyun seung aiko akane akiko asuka ayaka ayumi daichi daiki emi eri haruka haruki haruto hayato hikaru
hina hinata hiroki hiromi hitomi kaito kaori kazuki keiko kenta kohei kota mami megumi miho miki mio
misaki naoki naoko natsuki riku rina ryo ryota satoshi shota sota takumi takeshi tomoko yoshiko yui
yuka yuko yuma yusuke yuto abdullah abdul adel ahmad ahmed amina amr anwar ayman bilal faisal farah
fatma hadi hala hamid hana hani hassan jamila karim khadija khaled khalid layla leila mahmoud mariam
marwan mona mostafa mustafa nabil nadia nasser nour noor rami rania saeed salma samira sami sara tarek
walid yara yousef youssef zaid zeinab ziad aoife caoimhe cian ciara ciaran clodagh colm darragh declan
deirdre eamon eoin fionn fionnuala grainne niall niamh oisin orla padraig roisin ronan saoirse seamus
sinead siobhan una alexei alexey anastasia andrei anton boris dmitri dmitry ekaterina galina igor irina
ivan katya kseniya lyudmila maksim mikhail natalia natalya nikolai oksana olena pavel sergei sergey
svetlana taras tatiana tatyana viktor vladimir yelena yulia yuri zoya bogdan dariusz grzegorz katarzyna
malgorzata tomasz wojciech zbigniew agnieszka abena adaeze adebayo adewale amara chiamaka chidi chinedu
chioma chukwuemeka efua funmilayo ifeoma kofi kojo kwabena kwesi lerato naledi nkechi nnamdi obinna
oluwaseun sipho tendai thabo thandiwe themba tunde uchenna zanele zodwa ayodele babajide folasade
olumide temitope temi funmi tolu bisi femi yemi dayo seun bola segun olusegun ayo bayo funke kunle
uche folake summer autumn trinity river winter justice legend journey
abdi ayaan hodan idil ifrah hawa zamzam yahye abdirizak abdiqani liban ubah sumaya khadar abdirahman
fadumo hibaq nasra sagal deeqa hamdi ilhan mahad nimco faisa bashir guled kadra qamar ruun abdullahi
abdikarim abdiaziz abdirashid abdiwali farhan hamse sahra sadia saynab abebe tigist meron selam hiwot
dawit yonas biniam bereket mekdes tsion almaz
lupita refugio priscila frantz khoa
huda abeer ruqayya zeina suad amal reem hiba wafa ghada manal fadi wael majid ruba lubna nisreen maha souad widad
bri
`;
