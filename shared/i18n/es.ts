import type { DialogMessages, LinkMessages } from './en.ts';

export const linkMessages: LinkMessages = {
  doNotSell: 'No vender ni compartir mi información personal',
  privacyChoices: 'Sus opciones de privacidad',
  limitSensitive: 'Limitar el uso de mi información personal confidencial',
  optOutHonored: 'Solicitud de exclusión respetada',
};

export const dialogMessages: DialogMessages = {
  title: 'Sus opciones de privacidad',
  intro:
    '{site} puede vender o compartir su información personal, por ejemplo para publicidad dirigida. Puede excluirse en cualquier momento. Su elección se aplica a este navegador.',
  saleLegend: 'Venta y uso compartido de mi información personal',
  saleOptOut: 'Excluirme de la venta y el uso compartido',
  saleAllow: 'Permitir la venta y el uso compartido',
  minorNotice:
    'Este sitio no vende ni comparte la información personal de visitantes menores de 16 años salvo que den su consentimiento. Para menores de 13 años, debe darlo uno de sus padres o su tutor.',
  sensitiveLegend: 'Uso de mi información personal confidencial',
  sensitiveLimit: 'Limitar el uso a lo necesario para prestar el servicio',
  sensitiveAllow: 'Permitir otros usos',
  sensitiveLimitedStatus: 'Ha limitado el uso de su información personal confidencial.',
  gpcHonored: 'Solicitud de exclusión respetada',
  gpcExplain:
    'Su navegador envió una señal de Control Global de Privacidad (GPC). La tratamos como su solicitud de excluirse de la venta y el uso compartido en este navegador.',
  gpcLocked:
    'Para permitir la venta y el uso compartido, primero desactive el Control Global de Privacidad en su navegador.',
  optedOutStatus: 'Se ha excluido de la venta y el uso compartido de su información personal.',
  close: 'Cerrar',
  saved: 'Sus opciones se han guardado.',
  queued: 'Sus opciones se guardaron en este dispositivo y se enviarán en cuanto vuelva la conexión.',
  confirmOptIn:
    'Usted se excluyó anteriormente. ¿Desea volver a permitir la venta y el uso compartido de su información personal?',
  confirmMinorOptIn:
    '¿Desea permitir la venta y el uso compartido de su información personal? Si tiene menos de 13 años, solo uno de sus padres o su tutor puede aceptarlo.',
  confirmYes: 'Sí, permitir la venta y el uso compartido',
  confirmNo: 'No, mantener mi exclusión',
  policyLink: 'Lea nuestra política de privacidad',
};
