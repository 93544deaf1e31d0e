import { Matches } from 'class-validator';

/** The `{id}` of /api/v1/knowledge/articles/{id}: a seeded id such as kb-hpf-withdrawal or a uuid. */
export class ArticleIdParam {
  @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, { message: 'id must be an article id such as kb-hpf-withdrawal' })
  id: string;
}
