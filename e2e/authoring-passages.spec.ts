// Authoring from passages (issue 10): start empty, paste a source, make entities from passages selected with the mouse and with the keyboard, a relation whose quote shows in the evidence panel, reload; repeated quotes, refusals, merge, delete after asking, shortcuts help.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { evalPlain } from './evalPlain';
import { openMore, waitForInteractive } from './helpers';

const TEXT = 'Yesterday Alice Smith sued Bob Corp in court. Bob Corp denied it.\n\nLater, Alice Smith sued Bob Corp again.';
const QUOTE = 'Alice Smith sued Bob Corp';
/** The second "Alice Smith sued Bob Corp" (in the second paragraph). */
const SECOND = TEXT.indexOf(QUOTE, TEXT.indexOf('Later'));

const reader = (page: Page) => page.locator('[data-passage-source]');
const bar = (page: Page) => page.getByTestId('passage-bar');
const dialog = (page: Page, name: string) => page.locator(`dialog[data-dialog="${name}"]`);

/** Opens the app and starts a new, empty dataset (Datasets → New dataset). */
async function newDataset(page: Page): Promise<void> {
  await page.goto('./');
  await waitForInteractive(page);
  const datasets = page.getByRole('button', { name: 'Datasets', exact: true });
  for (let i = 0; i < 3 && !(await datasets.isVisible()); i++) {
    if (i === 0) await openMore(page);
    else await page.getByRole('button', { name: 'More', exact: true }).locator('visible=true').last().click();
  }
  await datasets.click();
  await page.getByRole('button', { name: 'New dataset' }).click();
  await expect(page.getByRole('button', { name: 'Add source' })).toBeVisible();
}

/** Pastes TEXT as a source through the edit bar's Add source dialog; the edit-mode reader then shows it. */
async function pasteSource(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add source' }).click();
  await page.getByLabel('Text', { exact: true }).fill(TEXT);
  await page.getByLabel('Title (English)').fill('Court report');
  await page.getByLabel(/Publication date/).fill('2024-03-01');
  await page.locator('dialog button[type=submit], [role=dialog] button[type=submit]').first().click();
  await expect(reader(page)).toContainText('Later, Alice Smith sued Bob Corp again.');
  // The "added" notice above the explorer goes, so nothing moves while the tests drag.
  await page.getByRole('button', { name: 'Dismiss' }).click();
}

/** Viewport points just inside the first and the last character of TEXT[start, end) as the reader shows it. */
function endsOf(page: Page, start: number, end: number) {
  return evalPlain(
    page,
    ([s, e]) => {
      const root = document.querySelector('[data-passage-source]');
      if (!root) throw new Error('no edit-mode reader');
      const at = (offset: number): [Text, number] => {
        for (const p of root.querySelectorAll<HTMLElement>('p[data-start]')) {
          let pos = Number(p.dataset.start);
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
            if (n.parentElement?.closest('[aria-hidden="true"]')) continue;
            if (offset >= pos && offset < pos + n.length) return [n, offset - pos];
            pos += n.length;
          }
        }
        throw new Error(`offset ${offset} is not shown`);
      };
      const box = (offset: number) => {
        const [node, k] = at(offset);
        const r = document.createRange();
        r.setStart(node, k);
        r.setEnd(node, k + 1);
        const b = r.getBoundingClientRect();
        return { left: b.left, right: b.right, y: b.top + b.height / 2 };
      };
      const a = box(s);
      const b = box(e - 1);
      return { x1: a.left + 1, y1: a.y, x2: b.right - 1, y2: b.y };
    },
    [start, end] as const,
  );
}

/** Selects TEXT[start, end) in the reader by dragging the mouse across it. */
async function dragSelect(page: Page, start: number, end: number): Promise<void> {
  const p = await endsOf(page, start, end);
  await page.mouse.move(p.x1, p.y1);
  await page.mouse.down();
  await page.mouse.move((p.x1 + p.x2) / 2, (p.y1 + p.y2) / 2, { steps: 5 });
  await page.mouse.move(p.x2, p.y2, { steps: 5 });
  await page.mouse.up();
}

/** The document's selection as text. */
const selectedText = (page: Page) => evalPlain(page, () => document.getSelection()?.toString() ?? '');

/** Makes an entity from the passage selected now: New entity, pick the kind, Create. */
async function newEntity(page: Page, kind: string): Promise<void> {
  await bar(page).getByRole('button', { name: 'New entity' }).click();
  await dialog(page, 'new-entity').getByLabel('Kind', { exact: true }).selectOption(kind);
  await dialog(page, 'new-entity').getByRole('button', { name: 'Create entity' }).click();
  await expect(dialog(page, 'new-entity')).toHaveCount(0);
}

/** The graph's entity and relation ids (test builds expose window.cy). */
const graphIds = (page: Page) =>
  evalPlain(page, () => ({
    nodes: window.cy?.nodes().map((n) => n.id()).sort() ?? [],
    edges: window.cy?.edges().not('.bundle').map((e) => e.id()).sort() ?? [],
  }));

test.describe('authoring from passages', () => {
  test('start empty, paste a source, two entities (mouse and keyboard), a relation from a passage; its quote is highlighted in the evidence panel and survives a reload', async ({ page }) => {
    await newDataset(page);
    await pasteSource(page);

    // Mouse: drag across "Alice Smith".
    const alice = TEXT.indexOf('Alice Smith');
    await dragSelect(page, alice, alice + 'Alice Smith'.length);
    expect(await selectedText(page)).toBe('Alice Smith');
    await expect(bar(page)).toContainText('Selected: Alice Smith');
    await newEntity(page, 'person');
    await expect(page.locator('[data-panel="details"] h2')).toHaveText('Alice Smith');

    // Keyboard: Tab into the text, move the caret with arrows, extend with Shift+arrows over "Bob Corp".
    await bar(page).getByRole('button', { name: 'Add evidence to…' }).focus();
    await page.keyboard.press('Tab');
    expect(await evalPlain(page, () => document.activeElement?.hasAttribute('data-passage-source') ?? false)).toBe(true);
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < TEXT.indexOf('Bob Corp'); i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 'Bob Corp'.length; i++) await page.keyboard.press('Shift+ArrowRight');
    expect(await selectedText(page)).toBe('Bob Corp');
    // Typing into the read-only text changes nothing.
    await page.keyboard.press('x');
    await page.keyboard.press('Backspace');
    await expect(reader(page)).toContainText(TEXT.split('\n')[0]!);
    await newEntity(page, 'organization');
    await expect(page.locator('[data-panel="details"] h2')).toHaveText('Bob Corp');

    // A passage naming both (its second occurrence), then `n`: from/to are pre-filled, the quote is exact and its occurrence settled.
    await dragSelect(page, SECOND, SECOND + QUOTE.length);
    expect(await selectedText(page)).toBe(QUOTE);
    await page.keyboard.press('n');
    const form = dialog(page, 'relation');
    await expect(form).toBeVisible();
    await expect(form.getByTestId('relation-quote')).toHaveText(QUOTE);
    await expect(form).toContainText('occurrence 2 in the source');
    await expect(form.getByLabel('From', { exact: true })).toHaveValue('alice-smith');
    await expect(form.getByLabel('To', { exact: true })).toHaveValue('bob-corp');
    // Focus moved into the dialog.
    expect(await evalPlain(page, () => document.activeElement?.closest('dialog')?.getAttribute('data-dialog') ?? null)).toBe('relation');
    await form.getByLabel('Search relation types', { exact: true }).fill('sued');
    await expect(form.getByLabel('Relation type', { exact: true })).toHaveValue('sued');
    await form.getByLabel('Date or start', { exact: true }).fill('2024-02-30');
    await form.getByRole('button', { name: 'Create relation' }).click();
    await expect(form.getByRole('alert')).toBeVisible();
    await expect(form).toContainText('"2024-02-30" is not a date');
    await form.getByLabel('Date or start', { exact: true }).fill('2024-02');
    await form.getByRole('button', { name: 'Create relation' }).click();
    await expect(form).toHaveCount(0);

    // The evidence panel shows the quote highlighted in its paragraph, at the second occurrence's offsets.
    const panel = page.locator('[data-panel="evidence"]');
    await expect(panel).toBeVisible();
    await expect(panel.locator('li[data-evidence="0"] mark')).toHaveText(QUOTE);
    await expect(panel.locator('li[data-evidence="0"] blockquote')).toHaveText('Later, Alice Smith sued Bob Corp again.');
    await expect(panel).toContainText(`characters ${SECOND}–${SECOND + QUOTE.length}`);
    await expect(page.getByTestId('corroboration')).toHaveText('Corroboration: 1 passage');
    const relation = await panel.getAttribute('data-relation');
    expect(relation).toBeTruthy();
    await expect(reader(page).locator(`mark[data-relations="${relation}"]`)).toHaveAttribute('data-start', String(SECOND));

    // Reload: the draft, its entities, the relation and its evidence are still there.
    await page.reload();
    await expect(reader(page)).toBeVisible({ timeout: 30_000 });
    expect((await graphIds(page)).edges).toEqual([relation]);
    await expect(reader(page).locator(`mark[data-relations="${relation}"]`)).toHaveText(QUOTE);
    await expect(reader(page).locator(`mark[data-relations="${relation}"]`)).toHaveAttribute('data-start', String(SECOND));
  });

  test('an empty or cross-paragraph selection gets the model’s message and changes nothing; corroboration adds a passage; the last evidence cannot be removed', async ({ page }) => {
    await newDataset(page);
    await pasteSource(page);
    const before = await graphIds(page);

    // Empty: a caret, no words.
    const at = await endsOf(page, TEXT.indexOf('court'), TEXT.indexOf('court') + 1);
    await page.mouse.click(at.x1, at.y1);
    await bar(page).getByRole('button', { name: 'New relation from this passage' }).click();
    await expect(page.getByTestId('passage-problem')).toHaveText('Nothing is selected: select the words of the source that state the relation.');
    await expect(page.locator('dialog[open]')).toHaveCount(0);

    // Across paragraphs: from "denied" in the first into "Later" in the second.
    await dragSelect(page, TEXT.indexOf('denied'), TEXT.indexOf('Later') + 5);
    await bar(page).getByRole('button', { name: 'New entity' }).click();
    await expect(page.getByTestId('passage-problem')).toHaveText(/^The selection runs across paragraphs/);
    await page.keyboard.press('n');
    await expect(page.locator('dialog[open]')).toHaveCount(0);
    expect(await graphIds(page)).toEqual(before);

    // Corroboration: entities and a relation, then "Add evidence to…" with the other occurrence.
    for (const [name, kind] of [
      ['Alice Smith', 'person'],
      ['Bob Corp', 'organization'],
    ] as const) {
      const s = TEXT.indexOf(name);
      await dragSelect(page, s, s + name.length);
      await newEntity(page, kind);
    }
    const first = TEXT.indexOf(QUOTE);
    await dragSelect(page, first, first + QUOTE.length);
    await bar(page).getByRole('button', { name: 'New relation from this passage' }).click();
    await dialog(page, 'relation').getByLabel('Search relation types', { exact: true }).fill('sued');
    await dialog(page, 'relation').getByRole('button', { name: 'Create relation' }).click();
    await expect(page.getByTestId('corroboration')).toHaveText('Corroboration: 1 passage');
    // The only evidence cannot go.
    await page.locator('[data-panel="evidence"] [data-action="remove-evidence"]').click();
    await expect(page.locator('[data-panel="evidence"]').getByRole('alert')).toHaveText("This is the relation's only evidence: delete the relation instead.");

    await dragSelect(page, SECOND, SECOND + QUOTE.length);
    await bar(page).getByRole('button', { name: 'Add evidence to…' }).click();
    const add = dialog(page, 'add-evidence');
    await expect(add.getByLabel('Relation', { exact: true })).toContainText('Alice Smith sued Bob Corp. — 1 passage');
    await add.getByRole('button', { name: 'Add evidence' }).click();
    await expect(page.getByTestId('corroboration')).toHaveText('Corroboration: 2 passages');
    await expect(page.locator('[data-panel="evidence"] li[data-evidence] mark')).toHaveText([QUOTE, QUOTE]);
    await expect(page.locator('[data-panel="evidence"]')).toContainText(`characters ${SECOND}–${SECOND + QUOTE.length}`);
    // The same passage twice is refused, in the dialog.
    await dragSelect(page, SECOND, SECOND + QUOTE.length);
    await bar(page).getByRole('button', { name: 'Add evidence to…' }).click();
    await add.getByRole('button', { name: 'Add evidence' }).click();
    await expect(add.getByRole('alert')).toHaveText('This passage is already evidence for the relation.');
    await page.keyboard.press('Escape');
    await expect(add).toHaveCount(0);
    // Now one of the two can be removed.
    await page.locator('[data-panel="evidence"] li[data-evidence="1"] [data-action="remove-evidence"]').click();
    await expect(page.getByTestId('corroboration')).toHaveText('Corroboration: 1 passage');
  });

  test('merge into another entity names the loop it drops (one undo step); Delete asks first, naming the relations', async ({ page }) => {
    await newDataset(page);
    await pasteSource(page);
    for (const [name, kind] of [
      ['Alice Smith', 'person'],
      ['Bob Corp', 'organization'],
      ['court', 'organization'],
    ] as const) {
      const s = TEXT.indexOf(name);
      await dragSelect(page, s, s + name.length);
      await newEntity(page, kind);
    }
    // Two relations from passages: Alice sued Bob (second paragraph), Bob Corp … court (first).
    await dragSelect(page, SECOND, SECOND + QUOTE.length);
    await page.keyboard.press('n');
    await dialog(page, 'relation').getByLabel('Search relation types', { exact: true }).fill('sued');
    await dialog(page, 'relation').getByRole('button', { name: 'Create relation' }).click();
    const inCourt = TEXT.indexOf('Bob Corp in court');
    await dragSelect(page, inCourt, inCourt + 'Bob Corp in court'.length);
    await page.keyboard.press('n');
    const form = dialog(page, 'relation');
    await expect(form.getByLabel('From', { exact: true })).toHaveValue('bob-corp');
    await expect(form.getByLabel('To', { exact: true })).toHaveValue('court');
    await form.getByLabel('Relation type', { exact: true }).selectOption({ label: 'New type…' });
    await form.getByLabel('Label (English)', { exact: true }).fill('appeared in');
    await form.getByLabel('Label (Chinese)', { exact: true }).fill('出庭於');
    await form.getByRole('button', { name: 'Create relation' }).click();
    await expect(form).toHaveCount(0);
    await expect(page.locator('[data-panel="evidence"] h2')).toHaveText('Bob Corp appeared in court.');
    expect((await graphIds(page)).edges).toHaveLength(2);

    // Select Bob Corp (its name in the reader), `e`, Merge into Alice Smith: the relation between them would be a loop.
    await reader(page).locator('[data-entity="bob-corp"]').first().click();
    await expect(page.locator('[data-panel="details"] h2')).toHaveText('Bob Corp');
    await page.locator('[data-testid="side-panel"]').focus();
    await page.keyboard.press('e');
    const entity = dialog(page, 'entity');
    await expect(entity).toBeVisible();
    await entity.getByLabel('Merge Bob Corp into').selectOption('alice-smith');
    await entity.getByRole('button', { name: 'Merge…' }).click();
    await expect(entity.getByTestId('merge-loops')).toHaveText('Alice Smith sued Bob Corp.');
    await entity.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(entity).toHaveCount(0);
    await expect(page.locator('[data-panel="details"] h2')).toHaveText('Alice Smith');
    expect(await graphIds(page)).toEqual({ nodes: ['alice-smith', 'court'], edges: ['bob-corp-appeared-in-court'] });
    // One undo step brings Bob Corp and both relations back.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await graphIds(page)).nodes).toEqual(['alice-smith', 'bob-corp', 'court']);
    expect((await graphIds(page)).edges).toHaveLength(2);

    // Delete Bob Corp: asked first, naming his two relations; Cancel keeps everything.
    await reader(page).locator('[data-entity="bob-corp"]').first().click();
    await page.locator('[data-testid="side-panel"]').focus();
    await page.keyboard.press('Delete');
    const ask = dialog(page, 'delete-entity');
    await expect(ask.getByRole('heading')).toHaveText('Delete Bob Corp and its 2 relations?');
    await expect(ask.getByTestId('delete-relations').locator('li')).toHaveText(['Alice Smith sued Bob Corp.', 'Bob Corp appeared in court.']);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect(ask).toHaveCount(0);
    expect((await graphIds(page)).nodes).toContain('bob-corp');
    await page.locator('[data-testid="selection-edit-bar"]').getByRole('button', { name: 'Delete…' }).click();
    await ask.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(async () => graphIds(page)).toEqual({ nodes: ['alice-smith', 'court'], edges: [] });
  });

  test('shortcuts help lists the keys, closes on Escape and gives focus back; shortcuts never fire while typing in a field', async ({ page }) => {
    await newDataset(page);
    await pasteSource(page);
    const helpButton = page.getByRole('button', { name: 'Keyboard shortcuts' });
    await helpButton.click();
    const help = dialog(page, 'shortcuts');
    await expect(help.locator('kbd')).toHaveText(['n', 'e', 'Delete', 'Ctrl+Z', 'Shift+Ctrl+Z', 'Shift+← →', '?']);
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    await expect(helpButton).toBeFocused();
    await page.locator('body').press('?');
    await expect(help).toBeVisible();
    await page.keyboard.press('Escape');

    // Typing n, e or ? in the search box types them.
    const alice = TEXT.indexOf('Alice Smith');
    await dragSelect(page, alice, alice + 11);
    const search = page.getByPlaceholder(/^Search people/);
    await search.fill('');
    await search.pressSequentially('ne?');
    await expect(search).toHaveValue('ne?');
    await expect(page.locator('dialog[open]')).toHaveCount(0);
  });
});
