import { XIANGTAN_AREAS } from '@hotline/domain';

/** Where an article applies: the districts and development zones of 湘潭, or 'all' for the whole city. */
export const KNOWLEDGE_AREAS = [...XIANGTAN_AREAS, 'all'] as const;
export type KnowledgeArea = (typeof KNOWLEDGE_AREAS)[number];

export const ARTICLE_STATUSES = ['draft', 'published', 'retired'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const SEARCH_LIMIT_MAX = 50;
