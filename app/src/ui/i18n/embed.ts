// Strings of the embedded view (embed=1) and of Share's Link / Embed tabs, in English and Traditional Chinese.
import type { AreaTable } from './areaTable';

const en = {
  openFull: 'Open in full view',
  newTab: '(opens in a new tab)',
  bar: 'Embedded graph controls',
  shareDialog: 'Share this view',
  tabs: 'Share as',
  tabLink: 'Link',
  tabEmbed: 'Embed',
  close: 'Close',
  linkLabel: 'Link to this view',
  copyLink: 'Copy link',
  size: 'Size',
  sizeFixed: '{width} × {height}',
  sizeResponsive: 'Responsive (100% × {height})',
  snippetLabel: 'HTML to paste into your page',
  copySnippet: 'Copy HTML',
  snippetCopied: 'Embed code copied to the clipboard.',
  snippetFailed: 'Could not copy; select the HTML above and copy it.',
  snippetNote: 'The embed shows the graph, evidence on click and the language switch, fitted to its frame. The site serving Evidence Graph must allow your page in its Content-Security-Policy frame-ancestors header.',
  frameTitle: 'Evidence Graph: {what}',
  frameTitleAll: 'Evidence Graph: who is connected to whom, with the quotes',
};

const zh: Record<keyof typeof en, string> = {
  openFull: '以完整檢視開啟',
  newTab: '(於新分頁開啟)',
  bar: '嵌入圖譜的控制項',
  shareDialog: '分享此檢視',
  tabs: '分享方式',
  tabLink: '連結',
  tabEmbed: '嵌入',
  close: '關閉',
  linkLabel: '此檢視的連結',
  copyLink: '複製連結',
  size: '尺寸',
  sizeFixed: '{width} × {height}',
  sizeResponsive: '自適應(100% × {height})',
  snippetLabel: '貼到網頁中的 HTML',
  copySnippet: '複製 HTML',
  snippetCopied: '已將嵌入程式碼複製到剪貼簿。',
  snippetFailed: '無法複製;請選取上方的 HTML 後複製。',
  snippetNote: '嵌入內容顯示圖譜、點選後的證據與語言切換,並符合框架大小。提供 Evidence Graph 的網站必須在其 Content-Security-Policy 的 frame-ancestors 標頭中允許您的網頁。',
  frameTitle: '證據圖譜:{what}',
  frameTitleAll: '證據圖譜:誰與誰相關,附原文引述',
};

/** The embed table: one template per key in each language. */
export const embed = { en, zh } satisfies AreaTable;
