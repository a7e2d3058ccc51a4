// English names of Indonesia's provinces and the other forms people write, by the province's code in idn-area-data;
// the list of provinces and their Indonesian names come from that package (see regions.ts). Jakarta is a city with
// the rank of a province: its province names resolve to the city, so "DKI Jakarta" and "Kota Jakarta" are one node.

export interface ProvinceNames {
  /** English name, the node label. */
  label: string;
  /** Forms besides the package's Indonesian name and the label. */
  forms: string[];
  /** Set when the province is the city itself. */
  city?: string;
}

export const PROVINCE_NAMES: Record<string, ProvinceNames> = {
  "11": { label: "Aceh", forms: ["nanggroe aceh darussalam"] },
  "12": { label: "North Sumatra", forms: ["sumatra utara", "north sumatera"] },
  "13": { label: "West Sumatra", forms: ["sumatra barat", "west sumatera"] },
  "14": { label: "Riau", forms: [] },
  "15": { label: "Jambi", forms: [] },
  "16": { label: "South Sumatra", forms: ["sumatra selatan", "south sumatera"] },
  "17": { label: "Bengkulu", forms: [] },
  "18": { label: "Lampung", forms: [] },
  "19": { label: "Bangka Belitung Islands", forms: ["bangka belitung", "babel"] },
  "21": { label: "Riau Islands", forms: ["kepri"] },
  "31": {
    label: "Jakarta",
    city: "Jakarta",
    forms: [
      "daerah khusus ibukota jakarta",
      "daerah khusus ibu kota jakarta",
      "daerah khusus jakarta",
      "jakarta special capital region",
      "provinsi dki jakarta",
    ],
  },
  "32": { label: "West Java", forms: [] },
  "33": { label: "Central Java", forms: [] },
  "34": {
    label: "Special Region of Yogyakarta",
    forms: ["di yogyakarta", "diy", "provinsi yogyakarta"],
  },
  "35": { label: "East Java", forms: [] },
  "36": { label: "Banten", forms: [] },
  "51": { label: "Bali", forms: [] },
  "52": { label: "West Nusa Tenggara", forms: ["ntb"] },
  "53": { label: "East Nusa Tenggara", forms: ["ntt"] },
  "61": { label: "West Kalimantan", forms: [] },
  "62": { label: "Central Kalimantan", forms: [] },
  "63": { label: "South Kalimantan", forms: [] },
  "64": { label: "East Kalimantan", forms: [] },
  "65": { label: "North Kalimantan", forms: [] },
  "71": { label: "North Sulawesi", forms: [] },
  "72": { label: "Central Sulawesi", forms: [] },
  "73": { label: "South Sulawesi", forms: [] },
  "74": { label: "Southeast Sulawesi", forms: [] },
  "75": { label: "Gorontalo", forms: [] },
  "76": { label: "West Sulawesi", forms: [] },
  "81": { label: "Maluku", forms: ["moluccas"] },
  "82": { label: "North Maluku", forms: [] },
  "91": { label: "Papua", forms: [] },
  "92": { label: "West Papua", forms: [] },
  "93": { label: "South Papua", forms: [] },
  "94": { label: "Central Papua", forms: [] },
  "95": { label: "Highland Papua", forms: [] },
  "96": { label: "Southwest Papua", forms: [] },
};
