// Frequent English and Indonesian words that are also names in the gazetteer ("Kota" is a city in India, "Split"
// one in Croatia): a capitalised one of these is a place only after a cue such as "Kota" or "city of".
export const COMMON_WORDS = new Set(
  // Indonesian
  (
    "kota kabupaten provinsi negara daerah pusat barat timur utara selatan tengah raya baru lama besar kecil agung " +
    "jaya indah makmur sari sejahtera mulia bahagia merdeka damai harapan data hasil model namun dalam pada untuk " +
    "dengan oleh bagi dari ke di ini itu yang dan atau juga serta adalah ialah bahwa sebagai antara kerja sama " +
    "program proyek bidang budaya kebudayaan pendidikan ekonomi teknologi penelitian metode teori konsep analisis " +
    "sistem pemerintah pemerintahan masyarakat publik umum nasional internasional global lokal asia eropa afrika " +
    "amerika pasifik atlantik laut pulau gunung sungai danau teluk tanjung kampung desa pasar jalan rumah " +
    "tahun bulan hari tempe " +
    // words of offices and ministries, never part of a holder's name
    "luar negeri dalam urusan keuangan hukum pertahanan perdagangan perindustrian kesehatan sosial agama koordinator " +
    "affairs foreign home finance defence defense interior trade health justice prime deputy vice " +
    // English
    "city town village state county district region province capital central north south east west new old " +
    "great little upper lower saint san santa port mount lake river bay island islands valley hill park garden " +
    "split reading nice mobile orange hope independence liberty union victory unity progress commerce industry " +
    "bath sale ware wells page mission paradise eden justice temple university college school hospital center " +
    "centre market bridge march may june august university program project model data study research theory method " +
    "smart change culture the a an of in on at by for with from this that these those as is are was were be and or"
  ).split(" "),
);

/** Kinds of activity a programme or event is made of: named alone ("the Exchange Program") they name no project. */
export const ACTIVITY_WORDS = new Set(
  (
    "exchange exchanges student students youth cultural culture training trainings internship internships scholarship " +
    "scholarships apprenticeship visit visits study tour research pertukaran pelajar mahasiswa pemuda budaya pelatihan " +
    "magang beasiswa kunjungan cooperation kerjasama development pembangunan education pendidikan"
  ).split(" "),
);
