/**
 * More words inside a capitalised run that make it a company or a public service ("Pinnacol Assurance", "Kestrel
 * Ridge Dispensary", "Lakemont SD Transportation"): the trades and offices call logs name beside those in
 * org-words.ts.
 */
export const ORG_WORDS_SERVICES: readonly string[] = [
  // A team's shared mailbox or number: "Shutterbloom Ops <ops@...>", "Lakeside Marina Launch Desk", "Hearthstone
  // Alerts", "Silver Pine Pre-Planning Line".
  'ops',
  'desk',
  'alerts',
  'line',
  'refunds',
  // "Holloway Fischer Engineering", "Okafor Architects": a firm of partners named for its trade.
  'engineering',
  'engineers',
  'architects',
  'architecture',
  // "Camp Whispering Pines", "Lone Prairie Indemnity": camps and insurers.
  'camp',
  'indemnity',
  // "Kowalski Junk & Demo": haulers and wreckers.
  'junk',
  'demo',
  'demolition',
  'hauling',
  // "Pacific Rim Cargo", "Bloomfield Fertility", "Northstar Orthopedic": carriers and clinics.
  'cargo',
  'fertility',
  'orthopedic',
  'orthopedics',
  // Carriers: "Lone Pine Shuttle", "Trailways Intercity Bus".
  'shuttle',
  'bus',
  'intercity',
  // Spanish and Portuguese banks: "Banco Sabadell".
  'banco',
  // Spanish and Portuguese trades, met as "soy Lucía de Seguros Pacífico": insurers, movers, lawyers, pharmacies,
  // builders, estate agents, funeral homes, garages, lenders and co-ops.
  'seguros',
  'aseguradora',
  'seguradora',
  'mudanzas',
  'mudanças',
  'abogados',
  'advogados',
  'farmacia',
  'farmácia',
  'servicios',
  'serviços',
  'transportes',
  'transportadora',
  'inmobiliaria',
  'imobiliária',
  'construcciones',
  'construtora',
  'funeraria',
  'funerária',
  'consultorio',
  'ferretería',
  'lavandería',
  'automotriz',
  'financiera',
  'cooperativa',
  'grupo',
  'oficina',
  // Shops named for their owner: "Padaria Dona Cida", "Panadería Don Chuy" ("Mercado" is a surname as often).
  'padaria',
  // A Québec body shop: "Carrosserie Laurentide".
  'carrosserie',
  'panadería',
  'lanchonete',
  'supermercado',
  'tienda',
  // "Caisse Desjardins": a Québec credit union.
  'caisse',
  // "Soporte Sunway": a firm's support desk.
  'soporte',
  // "Ledgerline Online Intake": a business's web desk.
  'online',
  // "Checkline Screening": background-check and drug-test firms.
  'screening',
  // "United Concordia", "United Way": insurers and charities.
  'united',
  // "dayton pd has an online form": a town's police and fire departments, in lower-case speech too (not-person-after.ts
  // reads them after a capitalised town).
  'pd',
  'fd',
  // "Northgate Rent Payments", "Vantara Biotech": a payments desk and a lab.
  'payments',
  'biotech',
  // Services, insurers, florists, temples and co-ops: "Marine Corps League", "Pinnacol Assurance", "Kessler's
  // Florist", "Quang Minh Temple", "Plainsview Co-op".
  'corps',
  'assurance',
  'florist',
  'florists',
  'temple',
  'co-op',
  'coop',
  'cooperative',
  // Carriers by what they carry: "Fernway Parcel", "Swift Express".
  'parcel',
  'parcels',
  'express',
  'delivery',
  'couriers',
  // Public services by what they run: "Lakemont SD Transportation", "Tacoma Municipal Ct.", "Crisis Hotline".
  'transportation',
  'municipal',
  'hotline',
  // Dispensaries and smoke shops: "Kestrel Ridge Dispensary", "Hollow Pine CBD".
  'dispensary',
  'cbd',
  'vape',
  'cannabis',
  // Consulates and pilgrimages: "Philippine Consulate", "Holy Land Pilgrimage".
  'consulate',
  'embassy',
  'pilgrimage',
  'pilgrimages',
  // "Gulfstream Marine & RV", "Bayshore Marine Lending".
  'marine',
  // "Brightline Optical", "ClearPath Audiology".
  'optical',
  'opticians',
  'audiology',
  // "Lakeshore Dialysis", "CareLink Provider Portal".
  'dialysis',
  'portal',
  // "Willow Bend Homeowners Association".
  'homeowners',
  'association',
  // "Hollow Pine Support", "Tech Support".
  'support',
  'dept',
  // Hospitals as a call-tracking export shortens them: "MIAMI VLY HOSP".
  'hosp',
  'expeditions',
  'bureau',
  'geriatrics',
  'maintenance',
  'garage',
  'conditioning',
  'regional',
  'comp',
  'maint',
  'townhomes',
  'mgmt',
  'manor',
  'commons',
  'flats',
  'appliance',
  'appliances',
  // Event vendors and freight firms: "Lauren Beck Photography", "Cedar Ridge Vineyard", "Meridian Brokerage".
  'photography',
  'films',
  'studios',
  'vineyard',
  'vineyards',
  'brokerage',
  'brokers',
  'factoring',
  'dispatch',
  'depot',
  'xpress',
  'agencia',
  'aduanal',
  // Pawn shops and eyewear stores: "Silverline Pawn", "Vista Eyeglass & Contact Lens".
  'pawn',
  'pawnshop',
  'eyeglass',
  'eyeglasses',
  'eyewear',
  // Health plans named after a region or a firm: "Northern Lakes Medicare Advantage HMO".
  'medicare',
  'medicaid',
  // Staffing agencies, dental offices and food makers named after places: "Keystone Workforce", "Lakeshore Ortho".
  'workforce',
  'ortho',
  'snacks',
  'leasing',
  // Clinics and schools abroad: "Clínica Esperanza", "Colégio Santa Cruz", "Universidade Presbiteriana Mackenzie".
  'clínica',
  'clinica',
  'colégio',
  'colegio',
  'universidade',
  // Merchants on card statements and disputes, named for their owners: "ELLIOTT BROOKS FLORAL", "JONAS WEBER
  // AUDIO", "PEDRO ALVAREZ TIRES", "Fitzgerald Home Goods", "GOMEZ Y HERRERA MUEBLES".
  'floral',
  'audio',
  'tires',
  'skincare',
  'games',
  'ceramics',
  'cupcakes',
  'goods',
  'muebles',
  'cleaners',
  'boutique',
  'hardware',
  'electronics',
  'designs',
  'shoes',
  'toys',
  'gifts',
  'tattoo',
  'cycles',
  'liquor',
  'coffee',
  'donuts',
  'sweets',
  'candles',
  'tacos',
  // A department's mailbox or team in an e-mail's header: "Harborview Merchant Disputes", "Keystone Contractor
  // Payables", "Lakeside Peds".
  'disputes',
  'payables',
  'receivables',
  'peds',
];
