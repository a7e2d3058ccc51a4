// Provinces of Indonesia (Indonesian and English names). Jakarta is a city with the rank of a province: its
// province names resolve to the city, so "DKI Jakarta" and "Kota Jakarta" are one node.

export interface ProvinceEntry {
  label: string;
  forms: string[];
  /** Set when the province is the city itself. */
  city?: string;
}

export const INDONESIAN_PROVINCES: ProvinceEntry[] = [
  {
    label: "Jakarta",
    city: "Jakarta",
    forms: [
      "dki jakarta",
      "daerah khusus ibukota jakarta",
      "daerah khusus ibu kota jakarta",
      "daerah khusus jakarta",
      "jakarta special capital region",
      "provinsi dki jakarta",
    ],
  },
  { label: "Aceh", forms: ["aceh", "nanggroe aceh darussalam"] },
  { label: "North Sumatra", forms: ["sumatera utara", "sumatra utara", "north sumatra", "north sumatera"] },
  { label: "West Sumatra", forms: ["sumatera barat", "sumatra barat", "west sumatra", "west sumatera"] },
  { label: "Riau", forms: ["riau"] },
  { label: "Riau Islands", forms: ["kepulauan riau", "riau islands", "kepri"] },
  { label: "Jambi", forms: ["jambi province", "provinsi jambi"] },
  { label: "South Sumatra", forms: ["sumatera selatan", "sumatra selatan", "south sumatra", "south sumatera"] },
  {
    label: "Bangka Belitung Islands",
    forms: ["kepulauan bangka belitung", "bangka belitung", "bangka belitung islands", "babel"],
  },
  { label: "Bengkulu", forms: ["bengkulu province", "provinsi bengkulu"] },
  { label: "Lampung", forms: ["lampung"] },
  { label: "West Java", forms: ["jawa barat", "west java"] },
  { label: "Banten", forms: ["banten"] },
  { label: "Central Java", forms: ["jawa tengah", "central java"] },
  {
    label: "Special Region of Yogyakarta",
    forms: [
      "daerah istimewa yogyakarta",
      "di yogyakarta",
      "diy",
      "special region of yogyakarta",
      "provinsi yogyakarta",
    ],
  },
  { label: "East Java", forms: ["jawa timur", "east java"] },
  { label: "Bali", forms: ["bali"] },
  { label: "West Nusa Tenggara", forms: ["nusa tenggara barat", "west nusa tenggara", "ntb"] },
  { label: "East Nusa Tenggara", forms: ["nusa tenggara timur", "east nusa tenggara", "ntt"] },
  { label: "West Kalimantan", forms: ["kalimantan barat", "west kalimantan"] },
  { label: "Central Kalimantan", forms: ["kalimantan tengah", "central kalimantan"] },
  { label: "South Kalimantan", forms: ["kalimantan selatan", "south kalimantan"] },
  { label: "East Kalimantan", forms: ["kalimantan timur", "east kalimantan"] },
  { label: "North Kalimantan", forms: ["kalimantan utara", "north kalimantan"] },
  { label: "North Sulawesi", forms: ["sulawesi utara", "north sulawesi"] },
  { label: "Gorontalo", forms: ["gorontalo province", "provinsi gorontalo"] },
  { label: "Central Sulawesi", forms: ["sulawesi tengah", "central sulawesi"] },
  { label: "West Sulawesi", forms: ["sulawesi barat", "west sulawesi"] },
  { label: "South Sulawesi", forms: ["sulawesi selatan", "south sulawesi"] },
  { label: "Southeast Sulawesi", forms: ["sulawesi tenggara", "southeast sulawesi"] },
  { label: "Maluku", forms: ["maluku", "moluccas"] },
  { label: "North Maluku", forms: ["maluku utara", "north maluku"] },
  { label: "Papua", forms: ["papua"] },
  { label: "West Papua", forms: ["papua barat", "west papua"] },
  { label: "South Papua", forms: ["papua selatan", "south papua"] },
  { label: "Central Papua", forms: ["papua tengah", "central papua"] },
  { label: "Highland Papua", forms: ["papua pegunungan", "highland papua"] },
  { label: "Southwest Papua", forms: ["papua barat daya", "southwest papua"] },
];
