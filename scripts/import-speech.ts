/** `npm run import`: the importer's command line (scripts/import/cli.ts). */
import { importCommand } from './import/cli';

process.exitCode = await importCommand(process.argv.slice(2));
