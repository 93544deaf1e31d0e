import { Alert, Button, Card, Checkbox, Form, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { post } from '../lib/api';
import { showApiError } from '../lib/form-errors';
import { startOidcSignIn, oidcSettings, type OidcSettings } from '../lib/oidc';
import { ROLE_HOMES, ROLE_NAMES, saveSession, type Role } from '../lib/session';
import { navigate } from '../lib/router';

interface SignedIn {
  token: string;
  sub: string;
  roles: Role[];
  unitId?: string;
  expiresAt: string;
}

const ROLE_OPTIONS = (Object.keys(ROLE_NAMES) as Role[]).map((role) => ({ label: ROLE_NAMES[role], value: role }));

export function signedIn(answer: SignedIn): void {
  const activeRole = answer.roles[0] ?? 'operator';
  saveSession({ ...answer, activeRole });
  navigate(ROLE_HOMES[activeRole], true);
}

/** The city's OIDC provider when configured; the development form otherwise (the gateway refuses it in production). */
export function SignInPage() {
  const [form] = Form.useForm<{ roles: Role[]; unitId?: string; sub?: string }>();
  const [error, setError] = useState<string>();
  const [oidc, setOidc] = useState<OidcSettings>();
  useEffect(() => void oidcSettings().then(setOidc, () => undefined), []);
  const submit = async (values: { roles: Role[]; unitId?: string; sub?: string }) => {
    setError(undefined);
    try {
      const body = {
        roles: values.roles,
        ...(values.unitId ? { unitId: values.unitId } : {}),
        ...(values.sub ? { sub: values.sub } : {}),
      };
      signedIn(await post<SignedIn>('/api/v1/auth/dev-token', body));
    } catch (caught) {
      setError(showApiError(form, caught));
    }
  };
  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 64 }}>
      <Card title="湘潭市12345热线 工作台 · 登录" style={{ width: 440 }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          {oidc?.enabled && (
            <Button type="primary" block data-testid="oidc-sign-in" onClick={() => void startOidcSignIn(oidc)}>
              统一身份认证登录
            </Button>
          )}
          <Typography.Text type="secondary">开发环境登录（生产环境不可用）</Typography.Text>
          {error && <Alert type="error" showIcon message={error} data-testid="sign-in-error" />}
          <Form
            form={form}
            layout="vertical"
            initialValues={{ roles: ['operator'] }}
            onFinish={(values) => void submit(values)}
          >
            <Form.Item name="roles" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
              <Checkbox.Group options={ROLE_OPTIONS} data-testid="sign-in-roles" />
            </Form.Item>
            <Form.Item name="unitId" label="单位编码（承办单位必填）">
              <Input placeholder="如 xt-cgj" data-testid="sign-in-unit" />
            </Form.Item>
            <Form.Item name="sub" label="用户名">
              <Input placeholder="默认 dev-角色" data-testid="sign-in-sub" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block data-testid="sign-in-submit">
              登录
            </Button>
          </Form>
        </Space>
      </Card>
    </div>
  );
}
