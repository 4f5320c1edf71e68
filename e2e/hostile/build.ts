// Builds e2e/hostile/dataset.json with the real compiler from an in-memory graph-data folder of hostile text.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { compileDataset, serializeDataset } from '../../app/src/model/data/compile';
import { DataValidationError, formatValidationError } from '../../app/src/model/data/errors';
import type { DataInput } from '../../app/src/model/data/validate';
import { ARABIC, COMBINING, HEBREW, IMG_ONERROR, JS_URL, LONG_LABEL, RTL_OVERRIDE, SCRIPT_TAG, SVG_ONLOAD, ZWJ_FAMILY } from './strings';

const Q = {
  sued: `${SCRIPT_TAG} sued ${IMG_ONERROR} in court`,
  created: `${IMG_ONERROR} created ${SVG_ONLOAD} last year`,
  announced: `${SVG_ONLOAD} was announced at ${JS_URL} by its makers`,
  member: `the wide group joined ${RTL_OVERRIDE} quietly`,
  partner: `${RTL_OVERRIDE} works with ${ZWJ_FAMILY} every day`,
  supported: `${ZWJ_FAMILY} supported ${COMBINING} openly`,
  replied: `${COMBINING} replied to ${ARABIC} and ${HEBREW}`,
  accused: `${ARABIC} accused "><script>alert(2)</script> of lying`,
};

/** The source text: every quote once, plus the long label so the reader shows it too. */
export const HOSTILE_TEXT = [
  `Report ${SCRIPT_TAG} ${IMG_ONERROR}`,
  ...Object.values(Q),
  `Appendix: ${LONG_LABEL}`,
  `<a href="${JS_URL}">click</a> <iframe src="${JS_URL}"></iframe>`,
].join('\n');

const sha = (text: string): string => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
const pair = (en: string, zh: string) => ({ en, zh });

const sources = {
  sources: [
    {
      id: 'hostile-source',
      title: pair(`${SCRIPT_TAG} report`, `${IMG_ONERROR} 報告`),
      language: 'zh-Hant',
      published: '2024-03-18',
      file: 'hostile.txt',
      sha256: sha(HOSTILE_TEXT),
    },
  ],
};

const vocabulary = {
  kinds: (['person', 'organization', 'product', 'document', 'event', 'group'] as const).map((id) => ({
    id,
    label: pair(id === 'person' ? `person ${SCRIPT_TAG}` : id, `${id} ${HEBREW}`),
    plural: pair(`${id}s`, `${id} ${ARABIC}`),
  })),
  categories: [
    { id: 'conflict', label: pair(`conflict ${IMG_ONERROR}`, '衝突') },
    { id: 'creation', label: pair('creation', '創造') },
    { id: 'role', label: pair('role', '職務') },
    { id: 'support', label: pair('support', '支持') },
    { id: 'communication', label: pair('communication', '溝通') },
  ],
  relationTypes: [
    { id: 'sued', label: pair(`sued ${SVG_ONLOAD}`, '起訴'), category: 'conflict', directed: true, defaultStance: 'opposes' },
    { id: 'accused', label: pair(`accused ${JS_URL}`, '指控'), category: 'conflict', directed: true, defaultStance: 'opposes' },
    { id: 'created', label: pair('created', '創造'), category: 'creation', directed: true, defaultStance: 'neutral' },
    { id: 'announced', label: pair('announced', '宣佈'), category: 'communication', directed: true, defaultStance: 'neutral' },
    { id: 'member-of', label: pair('is a member of', '屬於'), category: 'role', directed: true, defaultStance: 'neutral' },
    { id: 'partner-of', label: pair('is a partner of', '合作'), category: 'support', directed: false, defaultStance: 'supports' },
    { id: 'supported', label: pair('supported', '支持'), category: 'support', directed: true, defaultStance: 'supports' },
    { id: 'replied-to', label: pair('replied to', '回覆'), category: 'communication', directed: true, defaultStance: 'neutral' },
  ],
};

const entity = (id: string, kind: string, en: string, zh: string, aliases: string[], description: string) => ({
  id,
  kind,
  name: pair(en, zh),
  aliases,
  description: pair(description, `${HEBREW} ${ARABIC}`),
});

const entities = {
  entities: [
    entity('script-person', 'person', SCRIPT_TAG, SVG_ONLOAD, [`"><script>alert(2)</script>`], `Described as ${IMG_ONERROR} and ${JS_URL}`),
    entity('img-org', 'organization', IMG_ONERROR, IMG_ONERROR, [], `${SVG_ONLOAD} description`),
    entity('svg-product', 'product', SVG_ONLOAD, SVG_ONLOAD, [], `${SCRIPT_TAG}`),
    entity('js-url-doc', 'document', JS_URL, JS_URL, [], `Links to ${JS_URL}`),
    entity('long-label-group', 'group', LONG_LABEL, LONG_LABEL, ['the wide group'], LONG_LABEL),
    entity('rtl-org', 'organization', RTL_OVERRIDE, RTL_OVERRIDE, [], `${RTL_OVERRIDE} description`),
    entity('emoji-group', 'group', ZWJ_FAMILY, ZWJ_FAMILY, [], `${ZWJ_FAMILY} description`),
    entity('combining-person', 'person', COMBINING, COMBINING, [], `${COMBINING} description`),
    entity('arabic-person', 'person', ARABIC, HEBREW, [], `${ARABIC} ${HEBREW}`),
  ],
};

let n = 0;
const relation = (type: string, source: string, target: string, quote: string, extra: Record<string, unknown> = {}) => ({
  id: `hostile-${++n}-${type}`,
  type,
  source,
  target,
  status: 'fact',
  summary: pair(`Summary ${SCRIPT_TAG} ${IMG_ONERROR}`, `摘要 ${SVG_ONLOAD} ${RTL_OVERRIDE}`),
  evidence: [{ source: 'hostile-source', quote }],
  ...extra,
});

const relations = {
  relations: [
    relation('sued', 'script-person', 'img-org', Q.sued, { date: '2024-03' }),
    relation('created', 'img-org', 'svg-product', Q.created),
    relation('announced', 'js-url-doc', 'svg-product', Q.announced),
    relation('member-of', 'long-label-group', 'rtl-org', Q.member),
    relation('partner-of', 'rtl-org', 'emoji-group', Q.partner),
    relation('supported', 'emoji-group', 'combining-person', Q.supported),
    relation('replied-to', 'combining-person', 'arabic-person', Q.replied),
    relation('accused', 'arabic-person', 'script-person', Q.accused, { status: 'claim', claimedBy: 'arabic-person' }),
  ],
};

/** The hostile graph-data folder, as the compiler reads it. */
export function hostileInput(): DataInput {
  const file = (path: string, value: unknown) => ({ path: `e2e/hostile/graph-data/${path}`, text: stringify(value, { lineWidth: 0 }) });
  return {
    files: [
      file('sources.yaml', sources),
      file('vocabulary.yaml', vocabulary),
      file('entities/hostile.yaml', entities),
      file('relations/hostile.yaml', relations),
    ],
    sourceTexts: [{ path: 'e2e/hostile/graph-data/hostile.txt', text: HOSTILE_TEXT, sha256: sha(HOSTILE_TEXT) }],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const out = fileURLToPath(new URL('./dataset.json', import.meta.url));
    writeFileSync(out, serializeDataset(compileDataset(hostileInput())));
    console.log('wrote e2e/hostile/dataset.json');
  } catch (error) {
    if (!(error instanceof DataValidationError)) throw error;
    for (const e of error.errors) console.error(formatValidationError(e));
    process.exit(1);
  }
}
