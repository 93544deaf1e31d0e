import { Alert, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../lib/api';
import { finishOidcSignIn } from '../lib/oidc';
import { signedIn } from './SignInPage';

export function OidcCallbackPage() {
  const [error, setError] = useState<string>();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    finishOidcSignIn<Parameters<typeof signedIn>[0]>(new URLSearchParams(window.location.search)).then(
      signedIn,
      (caught: unknown) => setError(errorMessage(caught)),
    );
  }, []);
  return error ? (
    <Alert type="error" showIcon message="统一身份认证登录失败" description={error} data-testid="oidc-error" />
  ) : (
    <Spin tip="正在登录…" />
  );
}
