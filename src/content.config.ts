import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { passageSchema } from './schema/passage';

const passages = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/passages' }),
  schema: passageSchema,
});

export const collections = { passages };
