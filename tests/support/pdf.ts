import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The text of each page of a PDF (pdftotext, poppler-utils), lines trimmed; for the print tests of every engine. */
export function pdfPages(pdf: Uint8Array): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    let text: string;
    try {
      text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    } catch (error) {
      throw new Error(`pdftotext failed (on Debian: apt-get install -y poppler-utils): ${String(error)}`);
    }
    return text
      .split('\f')
      .slice(0, -1)
      .map((page) => page.split('\n').map((line) => line.trim()).filter(Boolean));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Page `page` (from 1) of a PDF as a PNG image at `dpi` (pdftoppm, poppler-utils). */
export function pdfPageImage(pdf: Uint8Array, page: number, dpi = 150): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-png', file]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text without white space, to compare what a PDF's layout spaced out. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');
