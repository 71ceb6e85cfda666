/**
 * Given names common in the US today that the older public-domain lists miss: recent SSA baby-name
 * favourites and frequent Hispanic, African-American, South Asian, East Asian, Arabic and African names.
 * Words separated by white space.
 */
export const FIRST_NAMES_EXTRA = `
aaliyah abigail addison aiden aisha akira alejandro alexa alexis aliyah alyssa amari amber amir ana andre
andrea angel anika anjali aria ariana arjun armando arturo ashanti ashley aubrey austin ava ayesha ayden
bianca brandon brayden brianna brittany brooklyn caden camila cameron carlos carmen cesar chloe chris
darnell dasia deandre deja demetrius deshawn destiny devon diego dominique eduardo elena elijah emeka
emilio esperanza ethan fatima fernando gabriel gabriela genesis guadalupe hailey hamza hannah hao hector
hiroshi hussein ibrahim imani isabella isaiah jada jalen jamal jamie jasmine javier jayden jaylen jazmin
jin jorge juan julian kai kayla keisha kendra kenji kiara kobe kwame lakeisha lamar latoya latisha leticia
liam lucas lucia luis lupe madison malik marisol mateo maya mei mia miguel mina ming mohamed mohammed
muhammad naomi nevaeh ngozi nguyen nia noah nyla olivia omar oscar paola pedro priya rafael rahul raj
rashad reggie ricardo rosa sakura samir sanjay santiago sergio shanice shaniqua shreya sofia sunil tamika
tanisha tariq terrell tiana trevon tyrone valentina valeria vanessa victor wei xavier ximena yasmin yolanda
yuki yusuf zainab zara zoe zion jose maria daniel david kevin laura megan nancy olga monica diana angela
steven eric gregory rachel thomas emily linda patricia jennifer robert michael james sarah brian tina
derek jessica sam amber carla dustin kyle tyler jordan taylor morgan logan mason hunter dylan connor
ryan sean shawn travis trevor wyatt colton bryce chase blake brooke paige kelsey lindsey whitney courtney
tiffany crystal heather amanda stephanie melissa nicole danielle kimberly christina samantha
`;
