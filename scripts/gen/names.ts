// Unique synthetic names per entity kind, in English and Chinese: the kind-local index is scrambled, then read as mixed-radix digits.

/** One kind's name parts: `en[i]` and `zh[i]` have the same length, so both languages decode the same digits. */
interface NameParts {
  en: readonly (readonly string[])[];
  zh: readonly (readonly string[])[];
  /** Joins the chosen parts (one per table) into a name. */
  joinEn: (parts: readonly string[]) => string;
  joinZh: (parts: readonly string[]) => string;
}

const split = (s: string): string[] => s.trim().split(/\s+/);
const chars = (s: string): string[] => [...s.replace(/\s+/g, '')];

const FIRST = split(`Ada Alma Amir Anya Arjun Bea Bruno Cai Carmen Chidi Dara Dmitri Elif Emil Esme Farah Felix Gita Goran Hana Hugo Idris
  Ines Ivo Jana Joon Kai Kemal Lars Leila Lina Luca Mara Mateo Mei Milan Nadia Nico Noor Oren Olga Pavel Priya Quinn Rafa Rosa Ruben Sana
  Sami Sofia Tariq Tess Theo Uma Vera Viktor Wen Xavi Yara Yusuf Zara Zoltan Aiko Bilal`);
const INITIAL = split('A B C D E F G H I J K L M N O P Q R S T U V W X Y Z');
const LAST = split(`Okafor Lindqvist Moreau Tanaka Novak Haddad Ferreira Kowalski Nakamura Osei Petrov Quintero Rahman Silva Takahashi
  Umarov Varga Weber Xu Yilmaz Zhou Abbott Brandt Castillo Dubois Eriksen Fischer Garcia Horvat Ibrahim Jensen Kim Larsen Mendes Nguyen
  Olsen Park Rossi Schmidt Torres Ueda Vogel Wagner Yamamoto Zimmer Achebe Bianchi Costa Diallo Engel Falk Gomez Hoffmann Ivanova
  Jovanovic Kaplan Lopez Marin Nowak Ortiz Popescu Reyes Sato Tran`);
const ZH_SURNAME = chars(`王李張劉陳楊黃趙吳周徐孫馬朱胡郭何高林羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董袁潘于蔣蔡余杜葉程蘇魏呂丁任沈姚盧姜崔鍾譚陸汪范金石廖賈夏`);
const ZH_MIDDLE = chars('子文明志建家國天永世宇俊思雅嘉博立可若承安如浩心曉詩');
const ZH_GIVEN = chars(`華平偉芳娜敏靜麗強磊軍洋勇艷傑娟濤超秀霞剛桂英輝鵬峰琳晨欣怡萱涵瑤琪婷慧穎凱誠翔毅帆航宏遠昊睿軒澤琦蕾萍鑫昕彤陽嵐蓉薇楓棟榮瑞梅`);

const ORG_PREFIX = split(`Northwind Bluehill Crestline Driftwood Eastgate Fairmont Goldleaf Harborview Ironbridge Juniper Kestrel Lakeshore
  Meridian Northstar Oakridge Pinecrest Quayside Redwood Silverline Tidewater Upland Valemont Westbrook Yellowpine Zenith Amberly
  Brightwater Cobalt Deepwell Emberton Foxglove Granite Highmoor Inlet Jadeport Kingsmere Larkspur Millbrook Newhaven Orchard`);
const ORG_ROOT = split(`Analytics Capital Holdings Logistics Media Robotics Energy Shipping Trading Biotech Systems Ventures Partners Minerals
  Foods Textiles Aviation Metals Software Insurance`);
const ORG_SUFFIX = split('Ltd Group Inc AG SA Corp LLC Co');
const ZH_ORG_PREFIX = chars(`北藍峰浮東美金港鐵杜鷹湖子星橡松碼紅銀潮高谷西黃頂琥明鈷深燼狐岩沼灣玉王雲鳴新果`);
const ZH_ORG_ROOT = split(`分析 資本 控股 物流 傳媒 機器人 能源 航運 貿易 生技 系統 創投 夥伴 礦業 食品 紡織 航空 金屬 軟件 保險`);
const ZH_ORG_SUFFIX = split('有限公司 集團 公司 股份公司 控股公司 企業 實業 商行');

const BRAND = split(`Orbix Lumen Vanta Helix Quasar Nimbus Pylon Strata Vertex Zephyr Axion Cinder Delta Echo Flux Glyph Halo Ion Jolt Krypt`);
const SERIES = split('A B C D E F G H K L M N P R S T V X Z Q');
const MODEL = split('1 2 3 4 5 6 7 8 9 10 11 12 20 30 40 50 60 70 80 90 100 200 300 400 500');
const ZH_BRAND = split(`奧比斯 流明 梵塔 螺旋 類星 雨雲 塔門 地層 頂點 西風 軸子 餘燼 三角 回聲 通量 字形 光環 離子 躍動 密鑰`);

const YEAR = Array.from({ length: 30 }, (_, i) => String(1995 + i));
const CITY = split(`Lisbon Nairobi Osaka Lima Oslo Dakar Hanoi Quito Tunis Porto Accra Seoul Perth Riga Cairo Delhi Taipei Vienna Bogota
  Manila Geneva Dubai Kyiv Tbilisi Sofia Prague Warsaw Jakarta Santiago Montreal`);
const ZH_CITY = split(`里斯本 奈洛比 大阪 利馬 奧斯陸 達卡 河內 基多 突尼斯 波圖 阿克拉 首爾 珀斯 里加 開羅 德里 台北 維也納 波哥大 馬尼拉
  日內瓦 杜拜 基輔 第比利斯 索菲亞 布拉格 華沙 雅加達 聖地牙哥 蒙特婁`);
const EVENT = split('Summit Forum Hearing Auction Merger Tender Congress Expo Inquiry Trial Conference Roundtable');
const ZH_EVENT = split('峰會 論壇 聽證會 拍賣會 併購案 招標 大會 博覽會 調查 審判 研討會 圓桌會');

const DOC_TYPE = split('Filing Prospectus Memo Contract Affidavit Ledger Report Charter Indictment Registry');
const ZH_DOC_TYPE = split('申報 招股書 備忘錄 合約 宣誓書 帳冊 報告 章程 起訴書 登記冊');
const DOC_NUMBER = Array.from({ length: 1000 }, (_, i) => String(i + 1));

const GROUP_ADJ = split('Harbor Civic Green Open Free United Coastal Rural Digital Workers Citizens Veterans Student Tenant Farmers Miners');
const ZH_GROUP_ADJ = split('港灣 公民 綠色 開放 自由 聯合 沿海 鄉村 數碼 工人 市民 退伍軍人 學生 租戶 農民 礦工');
const GROUP_NOUN = split('Coalition Alliance Network Union Caucus Front League Circle');
const ZH_GROUP_NOUN = split('聯盟 同盟 網絡 工會 黨團 陣線 協會 圈');

const SHIP_A = split('Aurora Boreal Coral Dawn Ember Falcon Gale Horizon Island Jade Kraken Lunar Marlin Nova Ocean Polar');
const ZH_SHIP_A = split('極光 北風 珊瑚 黎明 餘火 獵鷹 狂風 地平線 島嶼 翡翠 海妖 月光 槍魚 新星 大洋 極地');
const SHIP_B = split('Star Spirit Queen Trader Pioneer Runner Voyager Breeze Crown Dream');
const ZH_SHIP_B = split('之星 之魂 女王 商人 先鋒 飛馳 航者 清風 之冠 之夢');

const PARTS: Record<string, NameParts> = {
  person: { en: [FIRST, INITIAL, LAST], zh: [ZH_GIVEN, ZH_MIDDLE, ZH_SURNAME], joinEn: ([f, i, l]) => `${f} ${i}. ${l}`, joinZh: ([g, m, s]) => `${s}${m}${g}` },
  organization: {
    en: [ORG_PREFIX, ORG_ROOT, ORG_SUFFIX],
    zh: [ZH_ORG_PREFIX, ZH_ORG_ROOT, ZH_ORG_SUFFIX],
    joinEn: (p) => p.join(' '),
    joinZh: ([a, b, c]) => `${a}${b}${c}`,
  },
  product: { en: [BRAND, SERIES, MODEL], zh: [ZH_BRAND, SERIES, MODEL], joinEn: ([b, s, m]) => `${b} ${s}${m}`, joinZh: ([b, s, m]) => `${b} ${s}${m}` },
  event: { en: [YEAR, CITY, EVENT], zh: [YEAR, ZH_CITY, ZH_EVENT], joinEn: (p) => p.join(' '), joinZh: ([y, c, e]) => `${y}年${c}${e}` },
  document: { en: [DOC_TYPE, DOC_NUMBER], zh: [ZH_DOC_TYPE, DOC_NUMBER], joinEn: ([t, n]) => `${t} ${n}`, joinZh: ([t, n]) => `第${n}號${t}` },
  group: { en: [GROUP_ADJ, GROUP_NOUN], zh: [ZH_GROUP_ADJ, ZH_GROUP_NOUN], joinEn: (p) => p.join(' '), joinZh: ([a, n]) => `${a}${n}` },
  vessel: { en: [SHIP_A, SHIP_B], zh: [ZH_SHIP_A, ZH_SHIP_B], joinEn: ([a, b]) => `MV ${a} ${b}`, joinZh: ([a, b]) => `${a}${b}號` },
};

/** The kinds names can be made for. */
export const NAMED_KINDS = Object.keys(PARTS);

/** How many distinct names a kind has before names get a number appended (for tests). */
export function nameCapacity(kind: string): number {
  const parts = PARTS[kind];
  if (parts === undefined) throw new Error(`no names for kind ${kind}`);
  return parts.en.reduce((n, t) => n * t.length, 1);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** A stride coprime with `n`, so `k ↦ k·stride mod n` is a permutation of 0..n-1 (neighbouring indices get unrelated names). */
function strideFor(n: number): number {
  let s = Math.floor(n * 0.6180339887) | 1;
  while (gcd(s, n) !== 1) s += 1;
  return s;
}

/**
 * The `k`-th (0-based) name of `kind`: distinct for every k (within a kind) in both languages. Past the kind's
 * capacity, names repeat with " 2", " 3"… appended.
 */
export function entityName(kind: string, k: number): { en: string; zh: string } {
  const parts = PARTS[kind];
  if (parts === undefined) throw new Error(`no names for kind ${kind}`);
  const capacity = nameCapacity(kind);
  const round = Math.floor(k / capacity);
  let rest = Number((BigInt(k % capacity) * BigInt(strideFor(capacity))) % BigInt(capacity));
  const en: string[] = [];
  const zh: string[] = [];
  parts.en.forEach((table, t) => {
    const size = table.length;
    const digit = rest % size;
    rest = Math.floor(rest / size);
    en.push(table[digit] as string);
    zh.push((parts.zh[t] as readonly string[])[digit] as string);
  });
  const suffix = round === 0 ? '' : ` ${round + 1}`;
  return { en: parts.joinEn(en) + suffix, zh: parts.joinZh(zh) + suffix };
}

/** Table lengths per kind, English next to Chinese (for the test that they match). */
export function tableSizes(): Record<string, { en: number[]; zh: number[] }> {
  return Object.fromEntries(Object.entries(PARTS).map(([k, p]) => [k, { en: p.en.map((t) => t.length), zh: p.zh.map((t) => t.length) }]));
}

export const PLACES = { en: CITY, zh: ZH_CITY };
