# `closecode catalog`(카탈로그 전체를 Fluent 텍스트로 내보내기)의 주석: 파일이 무엇인지, 각 묶음과
# 메시지가 어디에 쓰이는지, 메시지가 받는 변수가 무엇인지.

catalog-header = { $tag } 로캘의 closecode 텍스트입니다. 모든 메시지 ID 앞에 { $prefix } 접두사가 붙어 있으므로 애플리케이션의 메시지와 한 번들에 넣을 수 있습니다. 각 = 기호 뒤의 텍스트(값과 모든 .속성)를 번역하십시오. ID, 속성 이름, 중괄호 안의 자리 표시자($code 같은 변수), 백틱 사이의 코드는 그대로 두십시오. 선택식은 숫자에 따라 문구를 고릅니다. 변형을 그대로 두거나, 번역하는 언어의 복수 범주를 쓰십시오.
catalog-group-codes = 등록된 닫기 코드입니다. 이름 다음에 코드의 뜻(.description), 이 코드를 보게 되는 경우(.symptom), 해결 방법(.remedy), 흔한 원인(.cause), 보내는 경우(.sending), 받았을 때 대응(.receiving), 사용자에게 보여 줄 안내(.user)가 옵니다.
catalog-group-ranges = 범위입니다. 자기 항목이 없는 코드에 쓰이는 텍스트로, 속성은 코드와 같습니다.
catalog-group-labels = 페이지, 명령줄, API에 쓰이는 레이블, 제목, 문구, 문장입니다.
catalog-group-failures = 닫기 코드 없이 끝나는 연결 실패입니다. 이름 다음에 뜻(.description), 보게 되는 경우(.symptom), 대응 방법(.remedy), 사용자에게 보여 줄 안내(.user)가 옵니다.
catalog-group-scenarios = 보이는 현상에서 시작하는 증상별 안내입니다. 제목 다음에 보이는 현상(.seen), 번호가 붙은 원인(.cause-N), 확인할 점(.check-N), 해결 방법(.fix-N)이 옵니다. 번호가 붙은 항목은 모두 남겨 두십시오.
catalog-group-profiles = 프로토콜 프로필입니다. 프로토콜 소개 다음에 그 프로토콜의 코드와 범위가 오며, 속성은 연결 실패와 같습니다.
catalog-code = 닫기 코드 { $code }.
catalog-range = 자기 항목이 없는 코드 { $first }~{ $last }.
catalog-label = 레이블 또는 문장.
catalog-failure = 연결 실패 { $id }.
catalog-scenario = 증상별 안내 { $id }.
catalog-profile = { $profile } 프로토콜 소개(한 문장).
catalog-profile-code = { $profile }의 코드 { $first }.
catalog-profile-range = { $profile }의 코드 { $first }~{ $last }.
catalog-variables = 변수: { $list }.
catalog-no-variables = 변수 없음.
