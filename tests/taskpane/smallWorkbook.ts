import type { WorkbookInput } from "../../src/engine";

/**
 * Two schools on an ОО sheet whose fourth column could also be the staff count; СОШ №2
 * reports more КПК than staff, so the engine records an error in C3.
 */
export const SMALL_WORKBOOK: WorkbookInput = {
  sheets: [
    {
      name: "ОО",
      rows: [
        ["Наименование ОО", "Педагогов", "Прошли КПК", "Педагогов по штату"],
        ["МБОУ «СОШ №1»", 30, 14, 31],
        ["МБОУ «СОШ №2»", 18, 20, 18],
      ],
    },
  ],
};
