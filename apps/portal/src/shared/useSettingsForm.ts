import { useEffect, useState } from 'react';
import { App, Form, type FormInstance } from 'antd';
import { showFieldError } from './fieldErrors';
import { useInputProblem, type FieldLabel } from './useInputProblem';

interface SettingsFormOptions<Settings, Values> {
  /** The settings as loaded, with their optimistic version. */
  settings: Settings;
  toValues(settings: Settings): Values;
  /** Sends the values with the loaded version; a stale version answers CONFLICT. */
  save(values: Values): Promise<unknown>;
  savedMessage: string;
  onReload(): void;
  /** Names the form's fields in a refusal shown under a field. */
  fieldLabel?: FieldLabel;
}

/**
 * The shell every rule-settings form shares: fill the form from the loaded settings, save,
 * then reload (settings carry no id, so the cache cannot merge the answer), and on refusal
 * keep the error for the alert and put a refused field's message under that field.
 */
export function useSettingsForm<Settings, Values extends object>({
  settings,
  toValues,
  save,
  savedMessage,
  onReload,
  fieldLabel,
}: SettingsFormOptions<Settings, Values>): {
  form: FormInstance<Values>;
  error: unknown;
  submit(values: Values): void;
  reload(): void;
} {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const problem = useInputProblem(fieldLabel);

  useEffect(() => {
    form.setFieldsValue(toValues(settings));
  }, [settings, form, toValues]);

  const submit = async (values: Values) => {
    setError(null);
    try {
      await save(values);
      void message.success(savedMessage);
      onReload();
    } catch (failure) {
      setError(failure);
      showFieldError(form, failure, problem(failure));
    }
  };

  return {
    form,
    error,
    submit: (values) => void submit(values),
    reload: () => {
      setError(null);
      onReload();
    },
  };
}
