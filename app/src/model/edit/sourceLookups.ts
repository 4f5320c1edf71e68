// Remembers, between two compiles of the dataset being edited, where names and quotes were found in each source text (the slow part of a compile).
import { findMentions, locateQuote, type QuoteLocation } from '../data/locate';
import type { Mention } from '../schema';

interface SourceMemo {
  text: string;
  mentions: Map<string, Mention[]>;
  quotes: Map<string, QuoteLocation>;
}

/**
 * Lookups over source texts that reuse the previous compile's answers for a source whose text is unchanged. Each
 * compile keeps only what it used, so the memory stays that of one compile. Answers are those of findMentions and
 * locateQuote exactly.
 */
export class SourceLookups {
  private previous = new Map<string, SourceMemo>();
  private current = new Map<string, SourceMemo>();

  /** Starts a compile: what the last one used is what this one may reuse. */
  begin(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  private memo(source: string, text: string): SourceMemo {
    let now = this.current.get(source);
    if (now === undefined) {
      now = { text, mentions: new Map(), quotes: new Map() };
      this.current.set(source, now);
    }
    return now;
  }

  private reusable(source: string, text: string): SourceMemo | undefined {
    const before = this.previous.get(source);
    return before !== undefined && before.text === text ? before : undefined;
  }

  /** findMentions(source, text, names), from memory when asked before. */
  readonly mentions = (source: string, text: string, names: readonly string[]): Mention[] => {
    const key = names.join('\u0000');
    const now = this.memo(source, text);
    const found = now.mentions.get(key) ?? this.reusable(source, text)?.mentions.get(key) ?? findMentions(source, text, names);
    now.mentions.set(key, found);
    return found.map((m) => ({ ...m }));
  };

  /** locateQuote(text, quote, occurrence) in `source`, from memory when asked before. */
  quote(source: string, text: string, quote: string, occurrence: number | undefined): QuoteLocation {
    const key = `${occurrence ?? ''}\u0000${quote}`;
    const now = this.memo(source, text);
    const found = now.quotes.get(key) ?? this.reusable(source, text)?.quotes.get(key) ?? locateQuote(text, quote, occurrence);
    now.quotes.set(key, found);
    return found;
  }
}
