import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Write a tiny built site ({ "full/index.html": "<html>…" }) to a fresh temporary directory. */
export function writeSite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'quality-site-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A minimal page whose head and body are given. */
export const page = (body: string, head = ''): string =>
  `<!DOCTYPE html><html lang="zh-CN"><head><title>t</title>${head}</head><body>${body}</body></html>`;
