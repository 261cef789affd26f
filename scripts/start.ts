/**
 * `npm start` (after the build): serve dist/ on http://localhost:4321/ like a static host,
 * until Ctrl+C. BASE_PATH and OUT_DIR select another build; --host and --port override.
 */
import { parseArgs } from 'node:util';
import { startPreview } from './preview-server';

const { values } = parseArgs({ options: { host: { type: 'string', default: 'localhost' }, port: { type: 'string', default: '4321' } } });
const preview = await startPreview({
  outDir: process.env['OUT_DIR'] ?? './dist',
  base: process.env['BASE_PATH'] ?? '/',
  host: values.host,
  port: Number(values.port),
});
const { port, pathname } = new URL(preview.url);
console.log(`Serving the site at http://${values.host}:${port}${pathname} (Ctrl+C stops)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void preview.stop().then(() => process.exit(0)));
