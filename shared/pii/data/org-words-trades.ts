/**
 * Trades and offices that name firms in call logs beside those in org-words.ts and org-words-services.ts: care and
 * lending, venues and clubs, medicine, furniture sold under people's names, and firms abroad.
 */
export const ORG_WORDS_TRADES: readonly string[] = [
  // "Maple Terrace Nursing", "Director of Nursing", "Toronto Invitational", "Cabin Maple".
  'nursing',
  'invitational',
  'cabin',
  // "Barrow Sykes Adjusting", "Penn Liberty Commercial", "Carver Drug".
  'adjusting',
  'commercial',
  'drug',
  // Plans and cards sold under a name: "Premier Flex", "Presto Flex".
  'flex',
  // Vendors a venue or a broker books: "Larkspur Shuttles", "Dockside Unloading", "Bellamy Blooms", "Silver Fern
  // Strings", "Nakamura & Sons Hauling", "Meridian Bio".
  'shuttles',
  'unloading',
  'blooms',
  'strings',
  'hauling',
  'bio',
  // Transport and glass vendors, a residents' team: "Sunbelt Mobility", "Pemberton Stretcher Svc", "Mendoza & Reyes
  // Glass", "Willow Bend Community Team".
  'mobility',
  'stretcher',
  'glass',
  'community',
  // "Crestline Plasma", "Voss Laboratories", "Sam Houston Tollway".
  'plasma',
  'laboratories',
  'tollway',
  // "U.S. Bankruptcy Court", "Kingsley Aerospace", "Bianchi Marittima" (a shipping agent).
  'bankruptcy',
  'aerospace',
  'marittima',
  // Schools, newspapers, warehouses, movers, a resort's patrol and lodging: "Escuela Primaria Hawthorne", "Garfield
  // Elem", "Akron Beacon Journal", "Lakeview Fulfillment", "Brightwater Relocations", "Pruitt Corrugated", "Ski Patrol".
  'escuela',
  'primaria',
  'secundaria',
  'elem',
  'journal',
  'fulfillment',
  'relocations',
  'corrugated',
  'patrol',
  'lodging',
  // Departments abroad: Polish "Dział Reklamacji", "Zespół Obsługi Klienta"; Vietnamese "Phòng Thanh toán".
  'dział',
  'zespół',
  'phòng',
  // "Philippine Scouts", a unit.
  'scouts',
  // "Pruitt Crating", "Riverside Quilters Guild", "Marlowe Club Lounge".
  'crating',
  'guild',
  'lounge',
  // Clinics and funeral homes abroad: "Klinik Sainte-Famille", "Funeraria San Judas Tadeo".
  'klinik',
  'funeraria',
  // Honours and money named after their donors: "Hollis Merit Scholarship", "the Baker Memorial Fund".
  'scholarship',
  'scholarships',
  'award',
  'fellowship',
  'endowment',
  // Care and lending: "Marlowe Apothecary", "Lindgren & Moss Psychiatry", "Keystone Home Credit Underwriting",
  // "Harborline Mutual", "Harrington Whitlock Securities", "Okonkwo Family Trust".
  'apothecary',
  'psychiatry',
  'psychology',
  'behavioral',
  'recovery',
  'credit',
  'underwriting',
  'mutual',
  'securities',
  'trust',
  // Drug makers and medical specialties: "Velandra Therapeutics", "Kessler Whitlock Rheumatology", "Lakeshore Allergy
  // and Asthma", "Davis Vision".
  'therapeutics',
  'rheumatology',
  'cardiology',
  'dermatology',
  'neurology',
  'oncology',
  'urology',
  'gastroenterology',
  'pulmonology',
  'endocrinology',
  'nephrology',
  'allergy',
  'vision',
  // Places, clubs and services: "Fairlane Mall", "Blue Aegean Charters", "Grace Fellowship", "Hope Table Food Pantry",
  // "Barkridge Boarding Lodge", "Keller Impound", "Jacksonville Sheriff's Office", "Arbitration Forums".
  'mall',
  'charters',
  'fellowship',
  'pantry',
  'boarding',
  'kennel',
  'kennels',
  'impound',
  'sheriff',
  'forums',
  'auctioneers',
  'referrals',
  'maritime',
  'relations',
  // Trades: "Baker & Finch Florals", "Marchetti Planning Co.", "Mesa Verde Tile", "Mulu Roasters", car lots' "Pre-Owned".
  'florals',
  'planning',
  'tile',
  'roasters',
  'pre-owned',
  'owned',
  // Furniture and bedding sold under people's names: "Calder Sectional", "Ada Nightstand", "Sloane Dresser",
  // "Eleanor Wingback Chair", "Dreamweld Hybrid".
  'sectional',
  'nightstand',
  'nightstands',
  'dresser',
  'wingback',
  'recliner',
  'loveseat',
  'ottoman',
  'sideboard',
  'headboard',
  'bookcase',
  'credenza',
  'hybrid',
  // Firms and offices abroad: "Fianzas El Puente" (bail bonds), "Ferreira & Gould Engenharia", "Lozano Hermanos
  // Construcción", "Pruitt y Vance Seminuevos", "Salón Jardín", "Capitanía Marina Caracol", "Sucursal El Paso Norte",
  // "Almacenes Gutiérrez", "Pabellón Río Tormes".
  'fianzas',
  'engenharia',
  'hermanos',
  'construcción',
  'seminuevos',
  'salón',
  'capitanía',
  'sucursal',
  'almacenes',
  'pabellón',
];
