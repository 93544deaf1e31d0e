/** Where an article applies: the districts and development zones of 湘潭, or 'all' for the whole city. */
export const KNOWLEDGE_AREAS = [
  '雨湖区',
  '岳塘区',
  '湘潭县',
  '湘乡市',
  '韶山市',
  '湘潭高新区',
  '湘潭经开区',
  '昭山示范区',
  '九华示范区',
  'all',
] as const;
export type KnowledgeArea = (typeof KNOWLEDGE_AREAS)[number];

export const ARTICLE_STATUSES = ['draft', 'published', 'retired'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const SEARCH_LIMIT_MAX = 50;
