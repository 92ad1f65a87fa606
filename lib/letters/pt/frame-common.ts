import type { RequestFrame } from '../schema';

/** What European (pt-PT, GDPR) and Brazilian (pt-BR, LGPD) request frames write alike. */
export const PT_UNITS: RequestFrame['units'] = {
  Y: ['ano', 'anos'],
  M: ['mês', 'meses'],
  W: ['semana', 'semanas'],
  D: ['dia', 'dias'],
};

/** The identity labels; only the e-mail's differs ("correio eletrónico" in Portugal). */
export function ptFieldLabels(email: string): RequestFrame['fieldLabels'] {
  return {
    name: 'Nome',
    email,
    postalAddress: 'Endereço postal',
    accountId: 'Número de cliente ou de conta',
  };
}
