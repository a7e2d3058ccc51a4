// The field's concepts (international relations, paradiplomacy, urban governance) with English and Indonesian names.
// Each entry: the English label first, then every surface form in either language; matching is on folded words.

export interface LexiconEntry {
  label: string;
  forms: string[];
}

export const CONCEPTS: LexiconEntry[] = [
  {
    label: "Paradiplomacy",
    forms: ["paradiplomacy", "paradiplomasi", "para-diplomacy", "para diplomasi", "paradiplomatic", "paradiplomatik"],
  },
  {
    label: "Sister city",
    forms: [
      "sister city",
      "sister cities",
      "sistercity",
      "sister-city",
      "kota kembar",
      "kota bersaudara",
      "kota kembaran",
      "twin city",
      "twin cities",
      "town twinning",
      "city twinning",
      "twinning",
      "sister cities international",
    ],
  },
  {
    label: "Sister province",
    forms: [
      "sister province",
      "sister provinces",
      "provinsi kembar",
      "provinsi bersaudara",
      "sister state",
      "sister states",
    ],
  },
  { label: "Smart city", forms: ["smart city", "smart cities", "kota cerdas", "kota pintar"] },
  { label: "Smart mobility", forms: ["smart mobility", "mobilitas cerdas"] },
  { label: "Smart economy", forms: ["smart economy", "ekonomi cerdas"] },
  { label: "Smart government", forms: ["smart government", "smart governance", "pemerintahan cerdas"] },
  { label: "Smart environment", forms: ["smart environment", "lingkungan cerdas"] },
  { label: "Smart living", forms: ["smart living"] },
  { label: "Smart people", forms: ["smart people", "masyarakat cerdas"] },
  { label: "City diplomacy", forms: ["city diplomacy", "diplomasi kota", "urban diplomacy"] },
  { label: "Public diplomacy", forms: ["public diplomacy", "diplomasi publik"] },
  { label: "Cultural diplomacy", forms: ["cultural diplomacy", "diplomasi budaya", "diplomasi kebudayaan"] },
  { label: "Economic diplomacy", forms: ["economic diplomacy", "diplomasi ekonomi"] },
  { label: "Multi-track diplomacy", forms: ["multi track diplomacy", "multitrack diplomacy", "diplomasi multi jalur"] },
  { label: "Soft power", forms: ["soft power"] },
  {
    label: "Governance",
    forms: ["governance", "tata kelola", "tata kelola pemerintahan", "urban governance", "tata kelola kota"],
  },
  { label: "Good governance", forms: ["good governance", "tata kelola pemerintahan yang baik"] },
  {
    label: "Multi-level governance",
    forms: ["multi level governance", "multilevel governance", "tata kelola multi level"],
  },
  { label: "Globalization", forms: ["globalization", "globalisation", "globalisasi"] },
  { label: "Urbanization", forms: ["urbanization", "urbanisation", "urbanisasi"] },
  { label: "Decentralization", forms: ["decentralization", "decentralisation", "desentralisasi"] },
  { label: "Regional autonomy", forms: ["regional autonomy", "otonomi daerah"] },
  {
    label: "Subnational actor",
    forms: [
      "subnational actor",
      "subnational actors",
      "sub national actors",
      "aktor subnasional",
      "aktor sub nasional",
      "aktor non negara",
      "non state actor",
      "non state actors",
    ],
  },
  {
    label: "International cooperation",
    forms: ["international cooperation", "kerjasama internasional", "kerja sama internasional"],
  },
  {
    label: "Decentralized cooperation",
    forms: ["decentralized cooperation", "decentralised cooperation", "kerja sama desentralisasi"],
  },
  {
    label: "Bilateral relations",
    forms: [
      "bilateral relations",
      "hubungan bilateral",
      "bilateral cooperation",
      "kerja sama bilateral",
      "kerjasama bilateral",
    ],
  },
  {
    label: "Multilateral cooperation",
    forms: ["multilateral cooperation", "kerja sama multilateral", "kerjasama multilateral"],
  },
  { label: "International relations", forms: ["international relations", "hubungan internasional"] },
  { label: "Foreign policy", forms: ["foreign policy", "politik luar negeri", "kebijakan luar negeri"] },
  { label: "National interest", forms: ["national interest", "kepentingan nasional"] },
  { label: "Interdependence", forms: ["interdependence", "interdependensi", "saling ketergantungan"] },
  {
    label: "Sustainable development",
    forms: [
      "sustainable development",
      "pembangunan berkelanjutan",
      "sustainable development goals",
      "sdgs",
      "tujuan pembangunan berkelanjutan",
    ],
  },
  { label: "Capacity building", forms: ["capacity building", "peningkatan kapasitas", "pengembangan kapasitas"] },
  { label: "Digital transformation", forms: ["digital transformation", "transformasi digital"] },
  { label: "Innovation", forms: ["innovation", "inovasi", "technological innovation", "inovasi teknologi"] },
  {
    label: "Entrepreneurship",
    forms: ["entrepreneurship", "kewirausahaan", "entrepreneurial ecosystem", "ekosistem kewirausahaan"],
  },
  { label: "Public services", forms: ["public services", "public service", "layanan publik", "pelayanan publik"] },
  {
    label: "Culture",
    forms: ["culture", "kebudayaan", "budaya", "cultural exchange", "pertukaran budaya", "culture exchange"],
  },
  { label: "Education", forms: ["education", "pendidikan"] },
  { label: "Tourism", forms: ["tourism", "pariwisata"] },
  { label: "Trade", forms: ["trade", "perdagangan"] },
  { label: "Investment", forms: ["investment", "investasi", "penanaman modal"] },
  { label: "Economic cooperation", forms: ["economic cooperation", "kerja sama ekonomi", "kerjasama ekonomi"] },
  { label: "Environment", forms: ["environment", "lingkungan hidup"] },
  { label: "Climate change", forms: ["climate change", "perubahan iklim"] },
  { label: "Waste management", forms: ["waste management", "pengelolaan sampah", "pengelolaan limbah"] },
  {
    label: "Public transport",
    forms: ["public transport", "public transportation", "transportasi publik", "transportasi umum"],
  },
  {
    label: "Disaster management",
    forms: ["disaster management", "penanggulangan bencana", "disaster risk reduction", "pengurangan risiko bencana"],
  },
  { label: "Health", forms: ["public health", "kesehatan masyarakat"] },
  { label: "Human resources", forms: ["human resources", "sumber daya manusia"] },
  {
    label: "Memorandum of understanding",
    forms: ["memorandum of understanding", "mou", "nota kesepahaman", "letter of intent", "loi"],
  },
  { label: "Globalization of cities", forms: ["global city", "global cities", "kota global"] },
  {
    label: "Local government",
    forms: ["local government", "pemerintah daerah", "pemerintah lokal", "local governments"],
  },
  {
    label: "Citizen participation",
    forms: ["citizen participation", "partisipasi masyarakat", "public participation", "partisipasi publik"],
  },
];

/** Theories of the field, named without the word "theory" (that is matched as a cue elsewhere). */
export const THEORIES: LexiconEntry[] = [
  { label: "Paradiplomacy theory", forms: ["paradiplomacy theory", "teori paradiplomasi"] },
  {
    label: "Liberalism",
    forms: [
      "liberalism",
      "liberalisme",
      "neoliberalism",
      "neoliberalisme",
      "neoliberal institutionalism",
      "institusionalisme neoliberal",
    ],
  },
  { label: "Realism", forms: ["realism", "realisme", "neorealism", "neorealisme"] },
  { label: "Constructivism", forms: ["constructivism", "konstruktivisme"] },
  {
    label: "Complex interdependence",
    forms: ["complex interdependence", "interdependensi kompleks", "saling ketergantungan kompleks"],
  },
  { label: "Functionalism", forms: ["functionalism", "fungsionalisme", "neofunctionalism", "neofungsionalisme"] },
  { label: "Regime theory", forms: ["regime theory", "teori rezim", "international regime", "rezim internasional"] },
  { label: "Two-level game", forms: ["two level game", "two level games", "permainan dua tingkat"] },
  { label: "Multi-track diplomacy theory", forms: ["multi track diplomacy theory"] },
  { label: "Decision-making theory", forms: ["decision making theory", "teori pengambilan keputusan"] },
  {
    label: "Cooperation theory",
    forms: ["international cooperation theory", "teori kerja sama internasional", "teori kerjasama internasional"],
  },
  { label: "Federalism", forms: ["federalism", "federalisme"] },
];
