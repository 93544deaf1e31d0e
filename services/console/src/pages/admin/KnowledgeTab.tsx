import type { ArticleView } from '@hotline/contracts';
import { Select, Tag } from 'antd';
import type { FormField } from '../../components/FormModal';
import { get, post, put } from '../../lib/api';
import { shanghaiTime } from '../../lib/format';
import { setSearch, useLocation } from '../../lib/router';
import { EditableList } from './EditableList';
import { joinList, LIST_HINT, onFlatFields, shownList, splitList } from './list-fields';

const ARTICLE_STATUS_NAMES: Record<string, string> = { draft: '草稿', published: '已发布', retired: '已停用' };
const STATUS_COLOURS: Record<string, string> = { draft: 'default', published: 'green', retired: 'red' };
const STATUS_OPTIONS = Object.entries(ARTICLE_STATUS_NAMES).map(([value, label]) => ({ value, label }));

function articleFields(article?: ArticleView): FormField[] {
  return [
    ...(article ? [] : [{ name: 'ownerUnitId', label: '所属单位编码', kind: 'text' as const, required: true }]),
    { name: 'title', label: '标题', kind: 'text', required: true, initial: article?.title },
    { name: 'body', label: '答复口径', kind: 'textarea', required: true, initial: article?.body },
    { name: 'keywords', label: `关键词${LIST_HINT}`, kind: 'text', initial: joinList(article?.keywords) },
    {
      name: 'areas',
      label: '适用区域（湘潭市或区县，逗号分隔）',
      kind: 'text',
      required: true,
      initial: joinList(article?.areas),
    },
    { name: 'category', label: '分类', kind: 'text', initial: article?.category ?? undefined },
    {
      name: 'status',
      label: '状态',
      kind: 'select',
      required: true,
      initial: article?.status ?? 'draft',
      options: STATUS_OPTIONS,
    },
    { name: 'reviewBy', label: '复核日期（YYYY-MM-DD）', kind: 'text', required: true, initial: article?.reviewBy },
  ];
}

const articleBody = ({ keywords, areas, ...rest }: Record<string, unknown>) => ({
  ...rest,
  keywords: splitList(keywords),
  areas: splitList(areas),
});

/** 知识库: every article (filtered by status in the URL), written and changed as new versions (R7.1, R8.1). */
export function KnowledgeTab() {
  const { search } = useLocation();
  const status = search.get('articleStatus') ?? undefined;
  return (
    <EditableList<ArticleView>
      testId="articles"
      rowKey="id"
      reloadKey={status}
      load={() => get<{ items: ArticleView[] }>('/api/v1/knowledge/articles', { status })}
      toolbar={
        <Select
          allowClear
          placeholder="按状态筛选"
          style={{ width: 160 }}
          value={status}
          options={STATUS_OPTIONS}
          onChange={(value?: string) => setSearch({ articleStatus: value })}
          data-testid="article-status-filter"
        />
      }
      create={{
        title: '新增知识',
        fields: articleFields(),
        submit: (values) => onFlatFields(post('/api/v1/knowledge/articles', articleBody(values))),
      }}
      edit={(article) => ({
        title: `修订：${article.title}（生成第 ${article.version + 1} 版）`,
        fields: articleFields(article),
        submit: (values) =>
          onFlatFields(put(`/api/v1/knowledge/articles/${encodeURIComponent(article.id)}`, articleBody(values))),
      })}
      columns={[
        { title: '标题', dataIndex: 'title' },
        { title: '所属单位', dataIndex: 'ownerUnitId' },
        { title: '适用区域', dataIndex: 'areas', render: shownList },
        {
          title: '状态',
          dataIndex: 'status',
          render: (value: string) => <Tag color={STATUS_COLOURS[value]}>{ARTICLE_STATUS_NAMES[value] ?? value}</Tag>,
        },
        { title: '版本', dataIndex: 'version' },
        { title: '复核日期', dataIndex: 'reviewBy' },
        { title: '更新于', dataIndex: 'updatedAt', render: shanghaiTime },
      ]}
    />
  );
}
