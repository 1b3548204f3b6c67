/** The report's sheets in the order of SPEC 6.1, as every front end must write them. */
export const REPORT_SHEETS = [
  "Сводка",
  "Статусы ОО",
  "КПК",
  "План КПК",
  "Риски",
  "Объективность ВПР",
  "Справка",
  "Проблемы данных",
];
