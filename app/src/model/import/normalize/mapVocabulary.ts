// Maps the kinds and relation types a file names onto the vocabulary (ids, labels, English and Chinese synonyms); the rest become custom ones.
import type { Category, CompiledKind, CompiledRelationType, CompiledVocabulary } from '../../schema';
import type { DraftType, Where } from '../draft';
import type { ImportReport } from '../report';
import { CUSTOM_KIND_COLORS, CUSTOM_TYPE_COLORS, paletteColor } from './customColors';
import { IdAllocator } from './normalizeIds';
import { addIssue, q } from './issues';
import { matchKey, slugify } from './text';

/** Words that name a built-in kind, besides its id and labels. */
const KIND_SYNONYMS: Record<string, readonly string[]> = {
  person: ['person', 'persons', 'people', 'individual', 'individuals', 'human', 'man', 'woman', '人物', '人', '個人', '个人', '人士'],
  organization: ['organisation', 'organization', 'organisations', 'organizations', 'company', 'companies', 'firm', 'org', 'corporation', 'institution', 'agency', 'business', 'nonprofit', 'ngo', '公司', '機構', '机构', '组织', '組織', '企業', '企业', '單位', '单位'],
  product: ['product', 'products', 'technology', 'software', 'model', 'service', '產品', '产品', '技術', '技术'],
  document: ['document', 'documents', 'doc', 'report', 'filing', 'paper', 'letter', 'lawsuit', '文件', '文檔', '文档', '報告', '报告'],
  event: ['event', 'events', 'meeting', 'incident', '事件', '活動', '活动', '會議', '会议'],
  group: ['group', 'groups', 'team', 'board', 'committee', 'community', '團體', '团体', '群體', '群体', '小組', '小组'],
};

/** Words in a custom relation type that place it in a category (else `other`). Checked in this order. */
const CATEGORY_WORDS: readonly [Category, readonly string[]][] = [
  ['funding', ['fund', 'invest', 'donat', 'paid', 'pays', 'pay ', 'grant', 'loan', 'financ', 'sponsor', 'money', '資助', '资助', '投資', '投资', '捐', '出資', '出资', '贊助', '赞助']],
  ['founding', ['found', 'established', 'cofound', '創立', '创立', '創辦', '创办', '成立']],
  ['role', ['ceo', 'member', 'employ', 'work', 'board', 'director', 'president', 'chair', 'staff', 'advis', 'role', 'position', '成員', '成员', '任職', '任职', '員工', '员工', '董事', '顧問', '顾问']],
  ['control', ['control', 'own', 'subsidiar', 'acqui', 'parent', 'govern', 'manag', 'fired', 'appoint', '控制', '擁有', '拥有', '收購', '收购', '子公司', '管理']],
  ['conflict', ['sue', 'lawsuit', 'litigat', 'conflict', 'oppos', 'against', 'attack', 'critici', 'accus', 'dispute', 'rival', 'feud', '起訴', '起诉', '衝突', '冲突', '批評', '批评', '訴訟', '诉讼', '反對', '反对', '指控']],
  ['support', ['support', 'ally', 'allied', 'partner', 'endorse', 'back', 'friend', 'collaborat', '支持', '合作', '盟友', '夥伴', '伙伴']],
  ['communication', ['said', 'say', 'wrote', 'write', 'told', 'tell', 'spoke', 'speak', 'meet', 'met', 'email', 'call', 'mention', 'interview', 'tweet', 'post', '溝通', '沟通', '會面', '会面', '發言', '发言', '採訪', '采访', '提到']],
  ['creation', ['creat', 'develop', 'built', 'build', 'release', 'launch', 'publish', 'made', 'make', 'produc', 'invent', 'design', '開發', '开发', '推出', '發佈', '发布', '創造', '创造', '製造', '制造']],
  ['competition', ['compet', 'rival', 'versus', ' vs', '競爭', '竞争', '對手', '对手']],
];

/** A kind for entities that name none; a type for relations that name none. */
const NO_KIND = { value: 'entity', label: { en: 'entity', zh: '實體' }, plural: { en: 'entities', zh: '實體' } };
const NO_TYPE = { value: 'related', label: { en: 'is related to', zh: '相關' } };

const HEX = /^#[0-9a-f]{6}$/;

function validColor(color: string | undefined): string | undefined {
  const c = color?.trim().toLowerCase();
  return c !== undefined && HEX.test(c) ? c : undefined;
}

/** The category a custom relation type's name suggests, or `other`. */
export function categoryForType(value: string): Category {
  const key = ` ${matchKey(value).replace(/[-_]/g, ' ')}`;
  for (const [cat, words] of CATEGORY_WORDS) if (words.some((w) => key.includes(w))) return cat;
  return 'other';
}

/** Maps kind and type values of one import onto a vocabulary, creating custom kinds and types (with colours) as needed. */
export class VocabularyMapper {
  private readonly kinds: CompiledKind[];
  private readonly types: CompiledRelationType[];
  private readonly kindByKey = new Map<string, string>();
  private readonly typeByKey = new Map<string, CompiledRelationType>();
  private readonly declaredKinds = new Map<string, DraftType>();
  private readonly declaredTypes = new Map<string, DraftType>();
  private readonly kindIds: IdAllocator;
  private readonly typeIds: IdAllocator;
  private customKinds = 0;
  private customTypes = 0;
  /** How many entities / relations named no kind / type. */
  missingKind = 0;
  missingType = 0;

  private readonly categoryLabels = new Map<string, { en: string; zh: string }>();

  constructor(
    base: CompiledVocabulary,
    declared: { kinds?: DraftType[]; relationTypes?: DraftType[] },
    private readonly directedDefault: boolean,
    private readonly report: ImportReport,
  ) {
    this.kinds = base.kinds.map((k) => ({ ...k }));
    for (const c of base.categories) this.categoryLabels.set(c.id, c.label);
    this.types = base.relationTypes.map((t) => ({ ...t }));
    this.kindIds = new IdAllocator('kind', this.kinds.map((k) => k.id));
    this.typeIds = new IdAllocator('type', this.types.map((t) => t.id));
    for (const k of this.kinds) {
      for (const word of [k.id, k.label.en, k.label.zh, k.plural.en, k.plural.zh, ...(KIND_SYNONYMS[k.id] ?? [])]) this.setKey(this.kindByKey, word, k.id);
    }
    for (const t of this.types) for (const word of [t.id, t.label.en, t.label.zh]) this.setKey(this.typeByKey, word, t);
    for (const d of declared.kinds ?? []) for (const w of [d.id, d.label, d.labelZh]) if (w) this.setKey(this.declaredKinds, w, d);
    for (const d of declared.relationTypes ?? []) for (const w of [d.id, d.label, d.labelZh]) if (w) this.setKey(this.declaredTypes, w, d);
  }

  private setKey<T>(map: Map<string, T>, word: string, value: T): void {
    for (const key of [matchKey(word), slugify(word)]) if (key !== '' && !map.has(key)) map.set(key, value);
  }

  private lookup<T>(map: Map<string, T>, value: string): T | undefined {
    return map.get(matchKey(value)) ?? map.get(slugify(value));
  }

  /**
   * The kind id for a file's kind value; a value naming none of the vocabulary's kinds becomes a custom kind (reported
   * once), coloured as the file declares it, else as its first entity's colour (`color`), else from the palette.
   */
  kindFor(value: string | undefined, where: Where, color?: string): string {
    const raw = value?.trim() ?? '';
    if (raw === '') {
      this.missingKind++;
      return this.kindFor(NO_KIND.value, where);
    }
    const known = this.lookup(this.kindByKey, raw);
    if (known !== undefined) return known;
    const declared = this.lookup(this.declaredKinds, raw);
    const isNoKind = raw === NO_KIND.value && this.missingKind > 0;
    const en = isNoKind ? NO_KIND.label.en : declared?.label?.trim() || declared?.labelZh?.trim() || raw;
    const zh = isNoKind ? NO_KIND.label.zh : declared?.labelZh?.trim() || declared?.label?.trim() || raw;
    const id = this.kindIds.fresh(slugify(declared?.id ?? raw) || 'kind');
    const kindColor = validColor(declared?.color) ?? (isNoKind ? undefined : validColor(color)) ?? paletteColor(CUSTOM_KIND_COLORS, this.customKinds++);
    this.kinds.push({ id, label: { en, zh }, plural: isNoKind ? NO_KIND.plural : { en, zh }, color: kindColor });
    this.setKey(this.kindByKey, raw, id);
    this.setKey(this.kindByKey, id, id);
    if (!isNoKind) {
      addIssue(this.report, 'info', 'custom-kind', where, `kind ${q(raw)} is not in the vocabulary: added as a custom kind (colour ${kindColor})`, `類型 ${q(raw)} 不在詞彙表中：已新增為自訂類型（顏色 ${kindColor}）`);
    }
    return id;
  }

  /** The relation type for a file's type value; a value naming none of the vocabulary's types becomes a custom type (reported once). */
  typeFor(value: string | undefined, directed: boolean | undefined, where: Where): CompiledRelationType {
    const raw = value?.trim() ?? '';
    if (raw === '') {
      this.missingType++;
      return this.typeFor(NO_TYPE.value, directed, where);
    }
    const known = this.lookup(this.typeByKey, raw);
    if (known !== undefined) return known;
    const declared = this.lookup(this.declaredTypes, raw);
    const isNoType = raw === NO_TYPE.value && this.missingType > 0;
    const en = isNoType ? NO_TYPE.label.en : declared?.label?.trim() || declared?.labelZh?.trim() || raw;
    const zh = isNoType ? NO_TYPE.label.zh : declared?.labelZh?.trim() || declared?.label?.trim() || raw;
    const type: CompiledRelationType = {
      id: this.typeIds.fresh(slugify(declared?.id ?? raw) || 'type'),
      label: { en, zh },
      category: isNoType ? 'other' : categoryForType(`${raw} ${en} ${zh}`),
      directed: declared?.directed ?? directed ?? this.directedDefault,
      defaultStance: 'neutral',
      color: validColor(declared?.color) ?? paletteColor(CUSTOM_TYPE_COLORS, this.customTypes++),
    };
    this.types.push(type);
    this.setKey(this.typeByKey, raw, type);
    this.setKey(this.typeByKey, type.id, type);
    if (!isNoType) {
      addIssue(this.report, 'info', 'custom-type', where, `relation type ${q(raw)} is not in the vocabulary: added as a custom type in category "${this.categoryLabels.get(type.category)?.en ?? type.category}" (colour ${type.color})`, `關係類型 ${q(raw)} 不在詞彙表中：已新增為自訂類型，歸入「${this.categoryLabels.get(type.category)?.zh ?? type.category}」類（顏色 ${type.color}）`);
    }
    return type;
  }

  /** The vocabulary with every custom kind and type appended (built-ins first, in their order). */
  vocabulary(base: CompiledVocabulary): CompiledVocabulary {
    return { kinds: this.kinds, categories: base.categories, relationTypes: this.types };
  }
}
