const PRIVATE_FORM =
  /(^|[^\p{L}])(ООО|АНО|ЧУ|ИП|ЧОУ|ЧУ ДПО|АНО ДПО|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|АВТОНОМНАЯ НЕКОММЕРЧЕСКАЯ)(?=$|[^\p{L}])/u;

/** The day from which teachers' ДПО may come only from state and municipal providers. */
export const PUBLIC_PROVIDERS_FROM = "2025-09-01";

/** Whether a provider's name shows a private legal form (METHOD-NOTES 4): ООО, АНО, ЧУ, ИП. */
export function isPrivateProvider(provider: string): boolean {
  return PRIVATE_FORM.test(provider.toUpperCase());
}
