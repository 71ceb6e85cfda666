import type { DialogMessages, LinkMessages } from './en.ts';

export const linkMessages: LinkMessages = {
  doNotSell: 'Không bán hoặc chia sẻ thông tin cá nhân của tôi',
  privacyChoices: 'Lựa chọn quyền riêng tư của bạn',
  limitSensitive: 'Giới hạn việc sử dụng thông tin cá nhân nhạy cảm của tôi',
  optOutHonored: 'Yêu cầu từ chối đã được tôn trọng',
};

export const dialogMessages: DialogMessages = {
  title: 'Lựa chọn quyền riêng tư của bạn',
  intro:
    '{site} có thể bán hoặc chia sẻ thông tin cá nhân của bạn, ví dụ cho quảng cáo nhắm mục tiêu. Bạn có thể từ chối bất cứ lúc nào. Lựa chọn của bạn áp dụng cho trình duyệt này.',
  saleLegend: 'Việc bán và chia sẻ thông tin cá nhân của tôi',
  saleOptOut: 'Từ chối việc bán và chia sẻ',
  saleAllow: 'Cho phép bán và chia sẻ',
  minorNotice:
    'Trang web này không bán hoặc chia sẻ thông tin cá nhân của khách truy cập dưới 16 tuổi trừ khi họ đồng ý. Với trẻ dưới 13 tuổi, cha mẹ hoặc người giám hộ phải đồng ý.',
  sensitiveLegend: 'Việc sử dụng thông tin cá nhân nhạy cảm của tôi',
  sensitiveLimit: 'Chỉ sử dụng trong phạm vi cần thiết để cung cấp dịch vụ',
  sensitiveAllow: 'Cho phép các mục đích sử dụng khác',
  sensitiveLimitedStatus: 'Bạn đã giới hạn việc sử dụng thông tin cá nhân nhạy cảm của mình.',
  gpcHonored: 'Yêu cầu từ chối đã được tôn trọng',
  gpcExplain:
    'Trình duyệt của bạn đã gửi tín hiệu Kiểm soát Quyền riêng tư Toàn cầu (GPC). Chúng tôi coi đó là yêu cầu từ chối việc bán và chia sẻ trên trình duyệt này.',
  gpcLocked:
    'Để cho phép bán và chia sẻ, trước tiên hãy tắt Kiểm soát Quyền riêng tư Toàn cầu trong trình duyệt.',
  optedOutStatus: 'Bạn đã từ chối việc bán và chia sẻ thông tin cá nhân của mình.',
  close: 'Đóng',
  saved: 'Đã lưu lựa chọn của bạn.',
  queued: 'Lựa chọn của bạn đã được lưu trên thiết bị này và sẽ được gửi ngay khi có kết nối trở lại.',
  confirmOptIn:
    'Trước đây bạn đã từ chối. Bạn có muốn cho phép bán và chia sẻ thông tin cá nhân của mình trở lại không?',
  confirmMinorOptIn:
    'Bạn có muốn cho phép bán và chia sẻ thông tin cá nhân của mình không? Nếu bạn dưới 13 tuổi, chỉ cha mẹ hoặc người giám hộ mới được đồng ý.',
  confirmYes: 'Có, cho phép bán và chia sẻ',
  confirmNo: 'Không, giữ nguyên lựa chọn từ chối',
  policyLink: 'Đọc chính sách quyền riêng tư của chúng tôi',
};
