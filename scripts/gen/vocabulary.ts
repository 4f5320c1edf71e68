// The generator's vocabulary: the built-in kinds plus one custom kind (vessel), every category, relation types across them.
import type { CompiledVocabulary, Stance } from '../../app/src/model/schema';

const bi = (en: string, zh: string) => ({ en, zh });

type TypeRow = [id: string, en: string, zh: string, category: string, directed: boolean, stance: Stance, sentenceZh?: string];

const TYPES: TypeRow[] = [
  ['founded', 'founded', '創立', 'founding', true, 'neutral'],
  ['co-founded', 'co-founded', '共同創立', 'founding', true, 'neutral'],
  ['ceo-of', 'is CEO of', '任CEO', 'role', true, 'neutral', '{source}是{target}的CEO'],
  ['board-member-of', 'sits on', '出任董事', 'role', true, 'neutral', '{source}是{target}的董事'],
  ['member-of', 'is a member of', '屬於', 'role', true, 'neutral'],
  ['worked-at', 'worked at', '任職於', 'role', true, 'neutral'],
  ['affiliated-with', 'is affiliated with', '關聯於', 'role', true, 'neutral', '{source}與{target}有關聯'],
  ['left', 'left', '離開', 'role', true, 'neutral'],
  ['recruited', 'recruited', '招攬', 'role', true, 'supports'],
  ['invested-in', 'invested in', '投資', 'funding', true, 'supports'],
  ['paid-salaries-of', 'paid the salaries of', '墊付工資', 'funding', true, 'supports', '{source}墊付{target}的工資'],
  ['withheld-funding', 'withheld funding from', '扣留資金', 'funding', true, 'opposes', '{source}扣留{target}的資金'],
  ['controls', 'controls', '控制', 'control', true, 'neutral'],
  ['licensed-to', 'licensed technology to', '授權給', 'control', true, 'neutral', '{source}將技術授權給{target}'],
  ['fired', 'fired', '解雇', 'control', true, 'opposes'],
  ['sued', 'sued', '起訴', 'conflict', true, 'opposes'],
  ['accused', 'accused', '指控', 'conflict', true, 'opposes'],
  ['criticized', 'criticized', '批評', 'conflict', true, 'opposes'],
  ['filed', 'filed', '提交', 'conflict', true, 'neutral'],
  ['supported', 'supported', '支持', 'support', true, 'supports'],
  ['agreed-with', 'agreed with', '表示認同', 'support', true, 'supports', '{source}認同{target}'],
  ['partner-of', 'is a partner of', '合作夥伴', 'support', false, 'supports', '{source}與{target}是合作夥伴'],
  ['replied-to', 'replied to', '回覆', 'communication', true, 'neutral'],
  ['authored', 'authored', '撰寫', 'communication', true, 'neutral'],
  ['disclosed', 'disclosed', '披露', 'communication', true, 'neutral'],
  ['developed', 'developed', '開發', 'creation', true, 'neutral'],
  ['released', 'released', '推出', 'creation', true, 'neutral'],
  ['competes-with', 'competes with', '競爭', 'competition', false, 'neutral', '{source}與{target}競爭'],
  ['took-part-in', 'took part in', '參與', 'other', true, 'neutral'],
  ['part-of', 'is part of', '屬於', 'other', true, 'neutral', '{source}是{target}的一部分'],
  // Custom type (with its own colour), for the custom kind.
  ['registered-owner-of', 'is the registered owner of', '登記擁有', 'control', true, 'neutral', '{source}是{target}的登記船東'],
];

/** Relation types by [source kind, target kind]; a pair missing here is looked up reversed (and the ends swapped). */
export const TYPES_BY_KINDS: Record<string, readonly string[]> = {
  'person>organization': ['worked-at', 'worked-at', 'ceo-of', 'board-member-of', 'founded', 'co-founded', 'invested-in', 'left', 'sued', 'criticized', 'affiliated-with'],
  'person>person': ['supported', 'criticized', 'accused', 'replied-to', 'recruited', 'agreed-with', 'sued', 'partner-of'],
  'organization>organization': ['invested-in', 'controls', 'sued', 'partner-of', 'competes-with', 'licensed-to', 'part-of', 'withheld-funding'],
  'organization>person': ['fired', 'recruited', 'paid-salaries-of', 'sued'],
  'organization>product': ['developed', 'released', 'released'],
  'person>product': ['developed', 'criticized'],
  'product>product': ['competes-with', 'part-of'],
  'person>event': ['took-part-in'],
  'organization>event': ['took-part-in'],
  'group>event': ['took-part-in'],
  'product>event': ['took-part-in'],
  'vessel>event': ['took-part-in'],
  'event>event': ['part-of'],
  'person>document': ['authored', 'filed', 'disclosed'],
  'organization>document': ['filed', 'disclosed', 'authored'],
  'group>document': ['authored', 'disclosed'],
  'document>document': ['part-of'],
  'person>group': ['member-of', 'member-of', 'supported', 'criticized'],
  'organization>group': ['supported', 'paid-salaries-of', 'criticized'],
  'group>group': ['partner-of', 'criticized', 'supported'],
  'organization>vessel': ['registered-owner-of', 'registered-owner-of', 'controls'],
  'person>vessel': ['registered-owner-of', 'controls'],
  'group>vessel': ['criticized'],
  'vessel>vessel': ['competes-with'],
  'event>document': ['part-of'],
  'event>product': ['part-of'],
};

/** Fallback when no pair of kinds matches. */
export const FALLBACK_TYPE = 'affiliated-with';

/** The custom kind the generator adds beside the built-in ones. */
export const CUSTOM_KIND = 'vessel';

/** Entity kinds and their shares of the nodes. */
export const KIND_SHARES: readonly [string, number][] = [
  ['person', 0.42],
  ['organization', 0.25],
  ['product', 0.09],
  ['event', 0.08],
  ['document', 0.06],
  ['group', 0.04],
  [CUSTOM_KIND, 0.06],
];

export function syntheticVocabulary(): CompiledVocabulary {
  return {
    kinds: [
      { id: 'person', label: bi('person', '人物'), plural: bi('people', '人物') },
      { id: 'organization', label: bi('organization', '機構'), plural: bi('organizations', '機構') },
      { id: 'product', label: bi('product or technology', '產品或技術'), plural: bi('products and technologies', '產品與技術') },
      { id: 'document', label: bi('document', '文件'), plural: bi('documents', '文件') },
      { id: 'event', label: bi('event', '事件'), plural: bi('events', '事件') },
      { id: 'group', label: bi('group', '群體'), plural: bi('groups', '群體') },
      { id: CUSTOM_KIND, label: bi('vessel', '船舶'), plural: bi('vessels', '船舶'), color: '#0e7c86' },
    ],
    categories: [
      { id: 'founding', label: bi('founding', '創立') },
      { id: 'role', label: bi('roles and membership', '職務與成員') },
      { id: 'funding', label: bi('funding and money', '資金') },
      { id: 'control', label: bi('control and governance', '控制與治理') },
      { id: 'conflict', label: bi('conflict', '衝突') },
      { id: 'support', label: bi('support', '支持') },
      { id: 'communication', label: bi('communication', '溝通與發言') },
      { id: 'creation', label: bi('creation and release', '創造與發佈') },
      { id: 'competition', label: bi('competition', '競爭') },
      { id: 'other', label: bi('other', '其他') },
    ],
    relationTypes: TYPES.map(([id, en, zh, category, directed, defaultStance, sentenceZh]) => ({
      id,
      label: bi(en, zh),
      ...(sentenceZh === undefined ? {} : { sentence: { zh: sentenceZh } }),
      category: category as CompiledVocabulary['relationTypes'][number]['category'],
      directed,
      defaultStance,
      ...(id === 'registered-owner-of' ? { color: '#0e7c86' } : {}),
    })),
  };
}
