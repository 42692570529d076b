## 닫기 프레임(RFC 6455 §5.5.1)의 해석, 검증, 인코딩입니다.

label-close-frame = 닫기 프레임
label-payload = 페이로드
label-reason = 닫기 사유
label-verdict = 판정
label-rejected-by = 받으면 거부하는 라이브러리
label-schedule = 재연결 일정 예시
label-attempt = 시도
duration-seconds = { $seconds }초
label-delay = 지연

frame-valid = 올바른 닫기 프레임입니다.
frame-invalid = 잘못된 프레임입니다. { $code } 코드를 보내고 연결을 끊으십시오.
frame-empty = 빈 페이로드입니다. 상태 코드가 없으므로 1005로 보고합니다.
frame-error-one-byte = 페이로드가 1바이트입니다. 닫기 페이로드는 비어 있거나 2바이트 코드로 시작해야 합니다.
frame-error-too-long = 페이로드가 { $length }바이트입니다. 닫기 프레임에는 최대 125바이트까지만 담을 수 있습니다.
frame-error-utf8 = 닫기 사유의 처음 { $valid }바이트 뒤가 올바른 UTF-8이 아닙니다.
frame-error-utf8-cut = 닫기 사유가 처음 { $valid }바이트 뒤에서 UTF-8 문자 중간에 끝납니다.
frame-error-code = { $code } 코드는 닫기 프레임에 쓸 수 없습니다.
encode-error-code = { $code } 코드는 닫기 프레임에 담아 보낼 수 없습니다.
encode-error-reason = 닫기 사유가 { $length }바이트입니다. 닫기 사유는 최대 123바이트까지만 쓸 수 있습니다.
