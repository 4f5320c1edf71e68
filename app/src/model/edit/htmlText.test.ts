// HTML sources become text: paragraphs kept, entities decoded, scripts, styles and handlers gone, nothing executed.
import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlText';

describe('htmlToText', () => {
  it('keeps paragraphs and line breaks, decodes entities and takes the title apart', () => {
    const html = '<html><head><title>Court &amp; report</title><style>p{color:red}</style></head><body><h1>Alice sues</h1><p>Alice   Smith\n sued <b>Bob&nbsp;Corp</b>.</p><p>Line one<br>line two</p><ul><li>a</li><li>b</li></ul></body></html>';
    expect(htmlToText(html)).toEqual({ title: 'Court & report', text: 'Alice sues\n\nAlice Smith sued Bob\u00a0Corp.\n\nLine one\nline two\n\na\n\nb' });
  });

  it('drops scripts, event handlers, iframes and comments, leaving only the words', () => {
    const html = '<p onclick="alert(1)">Safe <img src=x onerror="alert(2)">words</p><script>alert(3)</script><iframe src="https://evil.example"></iframe><!-- <p>hidden</p> --><noscript>nojs</noscript><svg><text>svg</text></svg>';
    const { text } = htmlToText(html);
    expect(text).toBe('Safe words');
    expect(text).not.toMatch(/alert|evil|hidden|nojs|svg/);
  });

  it('reads broken markup without throwing', () => {
    expect(htmlToText('<p>open <b>bold <i>both</p><div>next').text).toBe('open bold both\n\nnext');
    expect(htmlToText('').text).toBe('');
  });
});
