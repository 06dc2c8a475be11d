/**
 * Demo resource prices: every resource the sample project (sample-project.ts) uses, and only
 * those, in whole rupiah per satuan as decimal strings. Labour (the standard's L.01–L.04) from
 * the SBU and materials from the SSH of Kabupaten Pangandaran (Jawa Barat) 2023, matched by
 * name and converted to the AHSP unit where the comment shows the arithmetic. "perkiraan"
 * marks a plausible estimate where the list has no usable match (equipment rental, wiremesh).
 * Other resource codes are the library's own (the source extraction's, see README).
 */

export interface DemoHarga {
  kodeItem: string;
  uraian: string;
  satuan: string;
  /** Rupiah per satuan, whole number as a decimal string. */
  harga: string;
}

export const HARGA_DEMO_SOURCE = "SSH/SBU Kabupaten Pangandaran (Jawa Barat) 2023, disesuaikan";

export const HARGA_DEMO: readonly DemoHarga[] = [
  { kodeItem: "L.01", uraian: "Pekerja", satuan: "OH", harga: "90000" }, // SBU: Pekerja
  { kodeItem: "L.02", uraian: "Tukang", satuan: "OH", harga: "105000" }, // SBU: Tukang (batu, kayu, besi, cat)
  { kodeItem: "L.03", uraian: "Kepala tukang", satuan: "OH", harga: "115000" }, // SBU: Kepala Tukang
  { kodeItem: "L.04", uraian: "Mandor", satuan: "OH", harga: "115000" }, // SBU: Mandor lapangan
  { kodeItem: "B-0005", uraian: "Air", satuan: "liter", harga: "50" }, // perkiraan
  { kodeItem: "B-0008", uraian: "Kerikil", satuan: "kg", harga: "172" }, // Kerikil Rp 232.560/m3, 1.350 kg/m3
  { kodeItem: "B-0010", uraian: "Pasir beton", satuan: "kg", harga: "224" }, // Pasir Beton Rp 313.956/m3, 1.400 kg/m3
  { kodeItem: "B-0017", uraian: "Pasir Beton", satuan: "m3", harga: "313956" }, // Pasir Beton
  { kodeItem: "B-0018", uraian: "Kerikil", satuan: "m3", harga: "232560" }, // Kerikil
  { kodeItem: "B-0060", uraian: "Kayu papan 3/20 cm", satuan: "m3", harga: "1938000" }, // Kayu Papan 3/20 Albasiah
  { kodeItem: "B-0061", uraian: "Kaso 5/7 cm", satuan: "m3", harga: "2674440" }, // Kayu Balok Lokal Kls II
  { kodeItem: "B-0062", uraian: "Paku campuran 2 cm dan 5 cm", satuan: "kg", harga: "18605" }, // Paku 4 s/d 7 cm
  { kodeItem: "B-0069", uraian: "Pasir uruk", satuan: "m3", harga: "137210" }, // Pasir Urug
  { kodeItem: "B-0120", uraian: "Baja ringan canai dingin C75", satuan: "batang", harga: "95000" }, // perkiraan, batang 6 m
  { kodeItem: "B-0134", uraian: "Kawat tali beton", satuan: "kg", harga: "23256" }, // Kawat Tali Beton
  { kodeItem: "B-0138", uraian: "Wiremesh M10", satuan: "kg", harga: "17000" }, // perkiraan
  { kodeItem: "B-0148", uraian: "Kayu kelas III", satuan: "m3", harga: "3000000" }, // Kayu Balok Lokal Kls III
  { kodeItem: "B-0149", uraian: "Paku 5 cm – 12 cm", satuan: "kg", harga: "18605" }, // Paku 8 s/d 12 cm
  { kodeItem: "B-0150", uraian: "Kawat beton", satuan: "kg", harga: "22326" }, // Kawat Beton
  { kodeItem: "B-0151", uraian: "Besi beton polos", satuan: "kg", harga: "13954" }, // Besi Beton U 24
  { kodeItem: "B-0152", uraian: "Semen Portland", satuan: "kg", harga: "1744" }, // Semen PC per kg
  { kodeItem: "B-0153", uraian: "Minyak bekisting", satuan: "liter", harga: "4070" }, // Pelumas Bekisting/Oli Bekas
  { kodeItem: "B-0159", uraian: "Papan Kayu kelas III", satuan: "m3", harga: "2209320" }, // Kayu Papan Albasiah
  { kodeItem: "B-0160", uraian: "Paku 5 – 10 cm", satuan: "kg", harga: "18605" }, // Paku 4 s/d 7 cm
  { kodeItem: "B-0161", uraian: "Balok kayu kelas II", satuan: "m3", harga: "2674440" }, // Kayu Balok Lokal Kls II
  { kodeItem: "B-0162", uraian: "Plywood tebal 12 mm", satuan: "lembar", harga: "261630" }, // Multiplek 12 mm 120 x 240
  { kodeItem: "B-0163", uraian: "Paku 5 – 12 cm", satuan: "kg", harga: "18605" }, // Paku 8 s/d 12 cm
  { kodeItem: "B-0164", uraian: "Dolken kayu 8-10 cm panjang 4 m", satuan: "batang", harga: "108140" }, // Dolken 8 s/d 10 uk 4 m
  { kodeItem: "B-0165", uraian: "Dolken kayu dia. 8- 10 cm panjang 4 m", satuan: "batang", harga: "108140" }, // Dolken 8 s/d 10 uk 4 m
  { kodeItem: "B-0173", uraian: "Pasir urug", satuan: "m3", harga: "137210" }, // Pasir Urug
  { kodeItem: "B-0174", uraian: "Batu belah", satuan: "m3", harga: "203490" }, // Batu Belah Pondasi 15/20
  { kodeItem: "B-0175", uraian: "Pasir Pasang", satuan: "m3", harga: "217444" }, // Pasir Pasang
  { kodeItem: "B-0246", uraian: "Paku Biasa 2”-5”", satuan: "kg", harga: "18605" }, // Paku 4 s/d 7 cm
  { kodeItem: "B-0247", uraian: "Genteng Beton", satuan: "buah", harga: "6977" }, // Genteng Beton Natural
  { kodeItem: "B-0249", uraian: "Paku Biasa ½”-1”", satuan: "kg", harga: "22093" }, // Paku 1 s/d 3 cm
  { kodeItem: "B-0250", uraian: "Semen Warna", satuan: "kg", harga: "18605" }, // Semen Warna
  { kodeItem: "B-0251", uraian: "Nok Genteng Beton", satuan: "buah", harga: "12209" }, // Bubung Genteng Beton
  { kodeItem: "B-0306", uraian: "Keramik Dinding uk. 20 cm x 20 cm", satuan: "buah", harga: "2674" }, // Keramik 20 x 20 (WC) KW 1
  { kodeItem: "B-0323", uraian: "Lem Kayu", satuan: "kg", harga: "46512" }, // Lem Kayu
  { kodeItem: "B-0340", uraian: "Paku 5 cm dan 7 cm", satuan: "kg", harga: "18605" }, // Paku 4 s/d 7 cm
  { kodeItem: "B-0343", uraian: "Papan Kayu Kelas I atau II", satuan: "m3", harga: "2907000" }, // Kayu Papan Lokal Kls II
  { kodeItem: "B-0374", uraian: "Paku 10 cm", satuan: "kg", harga: "18605" }, // Paku 8 s/d 12 cm
  { kodeItem: "B-0376", uraian: "Balok Kayu 6/12 Kelas II atau III", satuan: "m3", harga: "2674440" }, // Kayu Balok Lokal Kls II
  { kodeItem: "B-0394", uraian: "Kunci Tanam Biasa", satuan: "buah", harga: "100001" }, // Kunci Tanam 1 Slaag
  { kodeItem: "B-0400", uraian: "Engsel Pintu", satuan: "buah", harga: "31396" }, // Engsel Pintu
  { kodeItem: "B-0443", uraian: "Wastafel Lengkap", satuan: "unit", harga: "1018031" }, // Wastafel Lengkap Ina
  { kodeItem: "B-0448", uraian: "Pasangan Bata 1PC:3PS", satuan: "m2", harga: "165000" }, // perkiraan
  { kodeItem: "B-0449", uraian: "Kloset Jongkok", satuan: "unit", harga: "203490" }, // Closet Jongkok Porselin INA
  { kodeItem: "B-0460", uraian: "Bata Merah", satuan: "buah", harga: "1163" }, // Bata Merah Bakar Kelas I
  { kodeItem: "B-0469", uraian: "Floor Drain", satuan: "unit", harga: "23256" }, // Floor Drain
  { kodeItem: "B-0488", uraian: "Lisplank GRC/Serat Semen Lebar 30cm", satuan: "m’", harga: "4239" }, // GRC 120 x 240 Rp 81.396/lembar, 19,2 m' per lembar
  { kodeItem: "B-0501", uraian: "Paku Sekrup", satuan: "kg", harga: "30000" }, // perkiraan
  { kodeItem: "B-0502", uraian: "Papan Gypsum 120x240 cm tebal 9 mm", satuan: "lembar", harga: "87210" }, // Gypsum 120 x 240 cm t = 9 mm
  { kodeItem: "B-0515", uraian: "Kaso 5/7 kayu kelas II atau III", satuan: "m3", harga: "2674440" }, // Kayu Balok Lokal Kls II
  { kodeItem: "B-0517", uraian: "Paku 7 cm - 10 cm", satuan: "kg", harga: "18605" }, // Paku 4 s/d 7 cm
  { kodeItem: "B-0541", uraian: "Cat Dasar Tembok", satuan: "kg", harga: "45000" }, // perkiraan
  { kodeItem: "B-0542", uraian: "Cat Tembok Interior", satuan: "kg", harga: "40698" }, // Cat Tembok Interior Rp 203.490/galon 5 kg
  { kodeItem: "B-0543", uraian: "Cat Tembok Eksterior", satuan: "kg", harga: "61628" }, // Cat Tembok Eksterior Rp 308.142/galon 5 kg
  { kodeItem: "B-0544", uraian: "Ampelas", satuan: "lembar", harga: "5814" }, // Ampelas
  { kodeItem: "B-0549", uraian: "Kuas", satuan: "buah", harga: "25245" }, // Kuas
  { kodeItem: "B-0558", uraian: "Cat Dasar Plafond", satuan: "kg", harga: "40698" }, // seperti Cat Tembok Interior
  { kodeItem: "B-0559", uraian: "Cat Plafond Interior", satuan: "kg", harga: "40698" }, // seperti Cat Tembok Interior
  { kodeItem: "B-0568", uraian: "Pengencer", satuan: "kg", harga: "25582" }, // Thinner per liter
  { kodeItem: "B-0569", uraian: "Plamur Kayu", satuan: "kg", harga: "32558" }, // Plamir Tembok
  { kodeItem: "B-0570", uraian: "Cat Dasar Kayu", satuan: "kg", harga: "52326" }, // Cat Kayu
  { kodeItem: "B-0571", uraian: "Meni Kayu", satuan: "kg", harga: "20349" }, // Meni Kayu / Besi
  { kodeItem: "B-0572", uraian: "Cat Penutup Kayu", satuan: "kg", harga: "52326" }, // Cat Kayu
  { kodeItem: "B-0628", uraian: "Keramik Lantai uk. 30 x 30 cm", satuan: "buah", harga: "5233" }, // Keramik 30 x 30 KW 1 Putih Polos
  { kodeItem: "B-0633", uraian: "Plint Keramik uk. 10 s.d. 15 cm x 30 cm", satuan: "buah", harga: "18605" }, // Plin Keramik 10 x 30
  { kodeItem: "PR-0010", uraian: "Waterpass", satuan: "hari", harga: "75000" }, // perkiraan
  { kodeItem: "PR-0041", uraian: "Cutter besi beton", satuan: "hari", harga: "75000" }, // perkiraan
  { kodeItem: "PR-0048", uraian: "Molen/Beton mixer 0,35 m3 dilengkapi Automatic Feeder", satuan: "hari", harga: "450000" }, // perkiraan
  { kodeItem: "PR-0049", uraian: "Molen/Beton mixer 0,35 m3", satuan: "hari", harga: "350000" }, // perkiraan
  { kodeItem: "PR-0054", uraian: "Vibrator", satuan: "hari", harga: "150000" }, // perkiraan
];

/** kodeItem → harga, for seeding. */
export const HARGA_DEMO_BY_KODE: ReadonlyMap<string, string> = new Map(HARGA_DEMO.map((h) => [h.kodeItem, h.harga]));
