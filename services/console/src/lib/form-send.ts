import type { FormInstance } from 'antd';
import { useState } from 'react';
import { showApiError } from './form-errors';

/**
 * Sends a form to the API: `busy` while it goes, and `error`, the refusal to show above the form. By default a refusal
 * is read by showApiError (the fields it names get their problems, the rest is the message); `refusalOf` reads the
 * refusals a form explains in its own words.
 */
export function useFormSend<Args extends unknown[]>(
  form: FormInstance,
  send: (...args: Args) => Promise<void>,
  refusalOf: (caught: unknown) => string | undefined = (caught) => showApiError(form, caught),
) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const submit = async (...args: Args) => {
    setError(undefined);
    setBusy(true);
    try {
      await send(...args);
    } catch (caught) {
      setError(refusalOf(caught));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, submit };
}
