// A small hand-made EvidenceGraph for unit tests: real sentences of the article, offsets computed, never typed.
import type { CompiledDataset, CompiledEvidence, Mention, NodeAttributes, RelationRecord, SerializedGraph, Vocabulary } from '../schema';
import { edgeAttributesOf } from '../data/compile';
import type { EvidenceGraph } from '../graph';
import { graphFromDataset } from '../graph';

/** Id of the one source text of the mini graph. */
export const MINI_SOURCE_ID = 'mini-article';

/** Verbatim lines of the article (Traditional Chinese, with its conversion quirks such as 佈羅克曼, 科學傢). */
export const MINI_TEXT = [
  '2015年12月,馬斯克與奧特曼(Sam Altman)等人一同創立OpenAI,3年之後,他離開OpenAI董事會。',
  '在那份3月1日公之於眾的46頁萬字訴狀裡,馬斯克的核心指控便是OpenAI偏離公司成立時“為人類福祉而非私人商業利益”的協議。',
  '還允許微軟——在官方口徑裡一直是OpenAI“良好的合作夥伴”的一傢盈利公司——對團隊施行不當的影響或控制。',
  '5天之後,3月6日上午10點,OpenAI正式做出回應,在官網發佈一篇長博客,稱自己始終堅持使命,並針對馬斯克的主張一一進行回復。',
  '馬斯克提出,希望自己擁有多數股權和董事會的絕對控制權,並出任CEO,還提議將OpenAI並入特斯拉。',
  '在馬斯克最初發聲兩天之後,太陽微系統創始人,OpenAI投資者科斯拉(Vinod Khosla)就站出來說,馬斯克起訴OpenAI有點“吃不到葡萄說葡萄酸”,完全就是作為競爭對手的一種行為。',
  '在馬斯克最初的那份訴狀裡,被告包括與OpenAI關聯的8個公司,以及CEO奧特曼和總裁佈羅克曼(Greg Brockman),唯獨少另一位核心成員,OpenAI前首席科學傢蘇茨克維。',
  '這是一場圍繞CEO奧特曼去留問題的“宮鬥大戲”,劇情可謂是百轉千回,反轉不斷。',
  '這位首席科學傢先是在去年11月16日當晚在視頻會議中,代表董事會通知奧特曼他已被解雇。',
  '“我很擔憂,Ilya有著良好的道德準則,並且不熱衷權力。除非他覺得絕對有必要,否則他是不會采取這種極端行動的。”',
  '2023年11月22日,OpenAI官方賬號發佈推文宣佈奧特曼重任CEO,次月2日,同樣重返公司的總裁佈羅克曼曬出與蘇茨克維的合照。',
  '一周後的今天,馬斯克正式開源大語言模型Grok,其使用的開源協議遵守Apache 2.0許可證。',
].join('\n');

/** sha256 of MINI_TEXT's UTF-8 bytes (checked by miniGraph.test.ts). */
export const MINI_TEXT_SHA256 = '635c233ead21421e429b446303631e127d3c55e987fe3b69bb6b524932a9f642';

const bi = (en: string, zh: string) => ({ en, zh });

const VOCABULARY: Vocabulary = {
  kinds: [
    { id: 'person', label: bi('Person', '人物'), plural: bi('People', '人物') },
    { id: 'organization', label: bi('Organization', '機構'), plural: bi('Organizations', '機構') },
    { id: 'product', label: bi('Product', '產品'), plural: bi('Products', '產品') },
    { id: 'document', label: bi('Document', '文件'), plural: bi('Documents', '文件') },
    { id: 'event', label: bi('Event', '事件'), plural: bi('Events', '事件') },
    { id: 'group', label: bi('Group', '群體'), plural: bi('Groups', '群體') },
  ],
  categories: [
    { id: 'founding', label: bi('Founding', '創立') },
    { id: 'role', label: bi('Role', '職位') },
    { id: 'funding', label: bi('Funding', '資金') },
    { id: 'control', label: bi('Control', '控制') },
    { id: 'conflict', label: bi('Conflict', '衝突') },
    { id: 'support', label: bi('Support', '支持') },
    { id: 'communication', label: bi('Communication', '溝通') },
    { id: 'creation', label: bi('Creation', '創作') },
    { id: 'competition', label: bi('Competition', '競爭') },
    { id: 'other', label: bi('Other', '其他') },
  ],
  relationTypes: [
    { id: 'co-founded', label: bi('co-founded', '共同創立'), category: 'founding', directed: true, defaultStance: 'neutral' },
    { id: 'left', label: bi('left', '離開'), category: 'role', directed: true, defaultStance: 'neutral' },
    { id: 'president-of', label: bi('is president of', '擔任總裁'), category: 'role', directed: true, defaultStance: 'neutral' },
    { id: 'invested-in', label: bi('invested in', '投資'), category: 'funding', directed: true, defaultStance: 'supports' },
    { id: 'controls', label: bi('controls', '控制'), category: 'control', directed: true, defaultStance: 'neutral' },
    { id: 'sought-control-of', label: bi('sought control of', '謀求控制'), category: 'control', directed: true, defaultStance: 'neutral' },
    { id: 'sued', label: bi('sued', '起訴'), category: 'conflict', directed: true, defaultStance: 'opposes' },
    { id: 'criticized', label: bi('criticized', '批評'), category: 'conflict', directed: true, defaultStance: 'opposes' },
    { id: 'fired', label: bi('fired', '解雇'), category: 'conflict', directed: true, defaultStance: 'opposes' },
    { id: 'supported', label: bi('supported', '支持'), category: 'support', directed: true, defaultStance: 'supports' },
    { id: 'partner-of', label: bi('partners with', '合作夥伴'), category: 'support', directed: false, defaultStance: 'supports' },
    { id: 'replied-to', label: bi('replied to', '回應'), category: 'communication', directed: true, defaultStance: 'neutral' },
    { id: 'filed', label: bi('filed', '提起'), category: 'creation', directed: true, defaultStance: 'neutral' },
    { id: 'open-sourced', label: bi('open-sourced', '開源'), category: 'creation', directed: true, defaultStance: 'neutral' },
    { id: 'took-part-in', label: bi('took part in', '參與'), category: 'other', directed: true, defaultStance: 'neutral' },
  ],
};

type EntitySpec = [id: string, kind: NodeAttributes['kind'], en: string, zh: string, aliases: string[], descEn: string, descZh: string];
const ENTITIES: EntitySpec[] = [
  ['elon-musk', 'person', 'Elon Musk', '馬斯克', ['馬斯克', '马斯克', 'Musk', 'Elon Musk'], 'Co-founder of OpenAI who later sued it.', 'OpenAI聯合創始人,後來起訴OpenAI。'],
  ['sam-altman', 'person', 'Sam Altman', '奧特曼', ['奧特曼', '奥特曼', 'Altman'], 'Chief executive of OpenAI.', 'OpenAI行政總裁。'],
  ['greg-brockman', 'person', 'Greg Brockman', '佈羅克曼', ['佈羅克曼', '布罗克曼', 'Brockman'], 'President of OpenAI.', 'OpenAI總裁。'],
  ['ilya-sutskever', 'person', 'Ilya Sutskever', '蘇茨克維', ['蘇茨克維', '苏茨克维', 'Ilya', 'Sutskever'], 'Former chief scientist of OpenAI.', 'OpenAI前首席科學家。'],
  ['vinod-khosla', 'person', 'Vinod Khosla', '科斯拉', ['科斯拉', 'Khosla'], 'Investor in OpenAI, co-founder of Sun Microsystems.', 'OpenAI投資者,太陽微系統創始人。'],
  ['openai', 'organization', 'OpenAI', 'OpenAI', ['Open AI'], 'AI research company behind GPT-4.', '開發GPT-4的人工智能公司。'],
  ['microsoft', 'organization', 'Microsoft', '微軟', ['微軟', '微软', 'MSFT'], 'OpenAI’s main commercial partner.', 'OpenAI的主要商業夥伴。'],
  ['grok-1', 'product', 'Grok-1', 'Grok-1', ['Grok'], 'Large language model released openly by Musk’s company.', '馬斯克旗下公司開源的大語言模型。'],
  ['musk-lawsuit', 'document', 'Musk’s lawsuit against OpenAI', '馬斯克訴狀', ['訴狀', '诉状'], 'The complaint filed on 1 March 2024.', '2024年3月1日提交的起訴書。'],
  ['openai-board-crisis', 'event', 'OpenAI board crisis', 'OpenAI宮鬥', ['宮鬥', '宫斗'], 'The November 2023 removal and return of Altman.', '2023年11月奧特曼被解雇又回歸的風波。'],
];

/** A relation as graph-data writes it (status stated, never derived), with its summary and quotes inline. */
type RelationSpec = Omit<RelationRecord, 'summary' | 'evidence'> & { en: string; zh: string; quotes: string[] };
const RELATIONS: RelationSpec[] = [
  { id: 'musk-cofounded-openai', type: 'co-founded', source: 'elon-musk', target: 'openai', status: 'fact', date: '2015-12', en: 'Musk co-founded OpenAI.', zh: '馬斯克共同創立OpenAI。', quotes: ['2015年12月,馬斯克與奧特曼(Sam Altman)等人一同創立OpenAI'] },
  { id: 'altman-cofounded-openai', type: 'co-founded', source: 'sam-altman', target: 'openai', status: 'fact', date: '2015-12', en: 'Altman co-founded OpenAI.', zh: '奧特曼共同創立OpenAI。', quotes: ['2015年12月,馬斯克與奧特曼(Sam Altman)等人一同創立OpenAI'] },
  { id: 'musk-left-openai-board', type: 'left', source: 'elon-musk', target: 'openai', status: 'fact', date: '2018', en: 'Musk left the OpenAI board.', zh: '馬斯克離開OpenAI董事會。', quotes: ['3年之後,他離開OpenAI董事會'] },
  { id: 'musk-sued-openai', type: 'sued', source: 'elon-musk', target: 'openai', status: 'fact', date: '2024-03-01', en: 'Musk sued OpenAI for abandoning its founding agreement.', zh: '馬斯克起訴OpenAI違背創始協議。', quotes: ['在那份3月1日公之於眾的46頁萬字訴狀裡', '在馬斯克最初的那份訴狀裡,被告包括與OpenAI關聯的8個公司'] },
  { id: 'musk-sued-altman', type: 'sued', source: 'elon-musk', target: 'sam-altman', status: 'fact', date: '2024-03-01', en: 'Musk named Altman as a defendant.', zh: '馬斯克將奧特曼列為被告。', quotes: ['被告包括與OpenAI關聯的8個公司,以及CEO奧特曼和總裁佈羅克曼(Greg Brockman)'] },
  { id: 'musk-filed-lawsuit', type: 'filed', source: 'elon-musk', target: 'musk-lawsuit', status: 'fact', date: '2024-03-01', en: 'Musk filed a 46-page complaint.', zh: '馬斯克提交46頁訴狀。', quotes: ['3月1日公之於眾的46頁萬字訴狀'] },
  { id: 'microsoft-controls-openai', type: 'controls', source: 'microsoft', target: 'openai', status: 'claim', claimedBy: 'elon-musk', en: 'Musk claims Microsoft exerts undue control over OpenAI.', zh: '馬斯克稱微軟對OpenAI施加不當控制。', quotes: ['還允許微軟——在官方口徑裡一直是OpenAI“良好的合作夥伴”的一傢盈利公司——對團隊施行不當的影響或控制'] },
  { id: 'microsoft-partner-openai', type: 'partner-of', source: 'microsoft', target: 'openai', status: 'claim', claimedBy: 'openai', en: 'OpenAI calls Microsoft a good partner.', zh: 'OpenAI稱微軟為良好的合作夥伴。', quotes: ['在官方口徑裡一直是OpenAI“良好的合作夥伴”'] },
  { id: 'openai-replied-musk', type: 'replied-to', source: 'openai', target: 'elon-musk', status: 'fact', date: '2024-03-06', en: 'OpenAI answered Musk in a long blog post.', zh: 'OpenAI發佈長博客回應馬斯克。', quotes: ['OpenAI正式做出回應,在官網發佈一篇長博客,稱自己始終堅持使命,並針對馬斯克的主張一一進行回復'] },
  { id: 'musk-sought-control-openai', type: 'sought-control-of', source: 'elon-musk', target: 'openai', status: 'claim', date: '2017', dateEnd: '2018-02', claimedBy: 'openai', en: 'OpenAI says Musk wanted majority equity and control.', zh: 'OpenAI稱馬斯克曾希望擁有多數股權和控制權。', quotes: ['希望自己擁有多數股權和董事會的絕對控制權,並出任CEO,還提議將OpenAI並入特斯拉'] },
  { id: 'khosla-invested-openai', type: 'invested-in', source: 'vinod-khosla', target: 'openai', status: 'fact', en: 'Khosla is an investor in OpenAI.', zh: '科斯拉是OpenAI投資者。', quotes: ['OpenAI投資者科斯拉(Vinod Khosla)'] },
  { id: 'khosla-criticized-musk', type: 'criticized', source: 'vinod-khosla', target: 'elon-musk', status: 'fact', date: '2024-03-03', en: 'Khosla called the lawsuit sour grapes.', zh: '科斯拉稱起訴是吃不到葡萄說葡萄酸。', quotes: ['馬斯克起訴OpenAI有點“吃不到葡萄說葡萄酸”,完全就是作為競爭對手的一種行為'] },
  { id: 'altman-took-part-in-crisis', type: 'took-part-in', source: 'sam-altman', target: 'openai-board-crisis', status: 'fact', date: '2023-11', en: 'The board crisis was about Altman staying or going.', zh: '宮鬥圍繞奧特曼的去留。', quotes: ['這是一場圍繞CEO奧特曼去留問題的“宮鬥大戲”'] },
  { id: 'sutskever-fired-altman', type: 'fired', source: 'ilya-sutskever', target: 'sam-altman', status: 'fact', date: '2023-11-16', en: 'Sutskever told Altman he was fired.', zh: '蘇茨克維通知奧特曼已被解雇。', quotes: ['代表董事會通知奧特曼他已被解雇'] },
  { id: 'musk-supported-sutskever', type: 'supported', source: 'elon-musk', target: 'ilya-sutskever', status: 'fact', date: '2023-11', en: 'Musk vouched for Sutskever’s ethics.', zh: '馬斯克為蘇茨克維的道德準則背書。', quotes: ['Ilya有著良好的道德準則,並且不熱衷權力'] },
  { id: 'brockman-president-openai', type: 'president-of', source: 'greg-brockman', target: 'openai', status: 'fact', date: '2023-11', dateEnd: '2023-12', en: 'Brockman returned as OpenAI president.', zh: '佈羅克曼重返OpenAI任總裁。', quotes: ['同樣重返公司的總裁佈羅克曼'] },
  { id: 'musk-open-sourced-grok', type: 'open-sourced', source: 'elon-musk', target: 'grok-1', status: 'fact', date: '2024-03-17', en: 'Musk open-sourced Grok.', zh: '馬斯克開源Grok。', quotes: ['馬斯克正式開源大語言模型Grok'] },
];

const CONTEXT = 32;

function locate(quote: string, where: string): CompiledEvidence {
  const start = MINI_TEXT.indexOf(quote);
  if (start < 0) throw new Error(`miniGraph ${where}: quote not found in MINI_TEXT: ${quote}`);
  const end = start + quote.length;
  return {
    source: MINI_SOURCE_ID,
    exact: quote,
    prefix: MINI_TEXT.slice(Math.max(0, start - CONTEXT), start),
    suffix: MINI_TEXT.slice(end, end + CONTEXT),
    start,
    end,
  };
}

function mentionsOf(names: string[]): Mention[] {
  const taken: Array<[number, number]> = [];
  for (const name of [...new Set(names)].sort((a, b) => b.length - a.length)) {
    for (let at = MINI_TEXT.indexOf(name); at >= 0; at = MINI_TEXT.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (!taken.some(([s, e]) => at < e && s < end)) taken.push([at, end]);
    }
  }
  return taken.sort((a, b) => a[0] - b[0]).map(([start, end]) => ({ source: MINI_SOURCE_ID, start, end }));
}

/** The mini graph in the bundled-dataset format (a fresh copy each call). */
export function miniDataset(): CompiledDataset {
  const types = new Map(VOCABULARY.relationTypes.map((t) => [t.id, t]));
  const nodes: SerializedGraph['nodes'] = ENTITIES.map(([key, kind, en, zh, aliases, descEn, descZh], i) => ({
    key,
    attributes: {
      kind,
      label: en,
      labelZh: zh,
      aliases,
      descriptionEn: descEn,
      descriptionZh: descZh,
      mentions: mentionsOf([en, zh, ...aliases]),
      x: Math.round(300 * Math.cos((2 * Math.PI * i) / ENTITIES.length)),
      y: Math.round(300 * Math.sin((2 * Math.PI * i) / ENTITIES.length)),
      // Portrait: the same ring as a tall ellipse.
      px: Math.round(150 * Math.cos((2 * Math.PI * i) / ENTITIES.length)),
      py: Math.round(450 * Math.sin((2 * Math.PI * i) / ENTITIES.length)),
    },
  }));
  const edges: SerializedGraph['edges'] = RELATIONS.map((r) => {
    const type = types.get(r.type);
    if (!type) throw new Error(`miniGraph relation ${r.id}: unknown type ${r.type}`);
    return {
      key: r.id,
      source: r.source,
      target: r.target,
      ...(type.directed ? {} : { undirected: true }),
      // The compiler's own mapping (stance default, nulls, category and direction from the type).
      attributes: edgeAttributesOf(
        { ...r, summary: bi(r.en, r.zh) },
        type,
        r.quotes.map((q, i) => locate(q, `relation ${r.id} evidence[${i}]`)),
      ),
    };
  });
  const graph: SerializedGraph = {
    attributes: {
      name: 'Mini evidence graph (tests)',
      sources: [
        {
          id: MINI_SOURCE_ID,
          title: bi('Excerpts of the Grok-1 / OpenAI article', 'Grok-1與OpenAI報道摘錄'),
          language: 'zh-Hant',
          published: '2024-03-18',
          sha256: MINI_TEXT_SHA256,
          length: MINI_TEXT.length,
        },
      ],
      vocabulary: structuredClone(VOCABULARY),
    },
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
  return { graph, texts: { [MINI_SOURCE_ID]: MINI_TEXT } };
}

/** A fresh mini EvidenceGraph: 10 entities of 5 kinds, 17 relations (5 between Musk and OpenAI, one undirected). */
export function buildMiniGraph(): EvidenceGraph {
  return graphFromDataset(miniDataset());
}
