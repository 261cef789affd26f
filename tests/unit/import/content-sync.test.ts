import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { importSpeech } from '../../../scripts/import/pipeline';

describe('content/ is what `npm run import` writes', () => {
  it('matches the importer output byte for byte, with no extra passage files', async () => {
    const { files } = importSpeech(await readFile('content/source/speech.txt', 'utf8'));
    const onDisk = (await readdir('content/passages')).map((name) => `passages/${name}`);
    expect(onDisk.sort()).toEqual([...files.keys()].filter((path) => path.startsWith('passages/')).sort());
    for (const [path, text] of files) expect(await readFile(`content/${path}`, 'utf8'), path).toBe(text);
  });
});
