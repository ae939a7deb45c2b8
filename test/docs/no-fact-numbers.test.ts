import * as fs from 'fs';
import * as path from 'path';
import { CustomImagePoolChecks } from '../../lib/validation/checks';

// The fact numbers of the design notes (F1-F14, G1-G5) mean nothing to users, who cannot look
// them up: what users read cites the Azure article instead.
const ROOT = path.resolve(__dirname, '../..');
const FACT_NUMBER = /\b(?:fact )?[FG]\d{1,2}\b/g;

/** `file:line: text` for every fact number in `text`. */
function factNumbers(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => ((line.match(FACT_NUMBER) ?? []).length > 0 ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

function sourcesUnder(dir: string): string[] {
  return (fs.readdirSync(path.join(ROOT, dir), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
}

describe('what users read', () => {
  it('finds fact numbers where they are', () => {
    expect(factNumbers('x.md', 'ok\nsee fact F13 and G4\nF5;\nFF13 F123 ISO-8601')).toEqual(['x.md:2: see fact F13 and G4', 'x.md:3: F5;']);
  });

  it.each(['README.md', 'API.md', 'CONTRIBUTING.md'])('%s cites Azure articles, not fact numbers', (file) => {
    expect(factNumbers(file, fs.readFileSync(path.join(ROOT, file), 'utf8'))).toEqual([]);
  });

  it('no source file under lib/ (doc comments become API.md, strings become messages) has a fact number', () => {
    const files = sourcesUnder('lib');
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => factNumbers(file, fs.readFileSync(path.join(ROOT, file), 'utf8')))).toEqual([]);
  });

  it('the rule catalogue names its sources by link', () => {
    for (const rule of CustomImagePoolChecks.rules()) {
      expect([rule.id, rule.source.match(FACT_NUMBER)]).toEqual([rule.id, null]);
      expect([rule.id, /https:\/\/|this library/.test(rule.source)]).toEqual([rule.id, true]);
    }
  });
});
