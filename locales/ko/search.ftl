## 사이트 검색 상자: 제안이 여는 페이지의 종류, 제안된 이유, 상자 아래의 안내.
## 상자 자체의 텍스트(레이블, 자리표시자, 버튼)는 labels.ftl에 있습니다.

search-kind-code = 코드
search-kind-range = 범위
search-kind-failure = 연결 실패
search-kind-scenario = 증상별 안내
search-kind-comparison = 비교
search-kind-profile = 프로토콜 프로필
search-matched = 일치한 항목
search-did-you-mean = 정확히 일치하는 항목이 없습니다. 이것을 찾으셨습니까?
search-profile-note = 이 사이트에는 프로토콜 프로필 코드의 페이지가 없으므로, 제안을 고르면 그 코드가 속한 범위 페이지로 이동합니다. 명령줄에서는 closecode show { $code } --profile { $profile } 명령으로 그 코드의 페이지를 볼 수 있습니다.
search-no-script = JavaScript가 꺼져 있으면 이 페이지는 입력한 내용을 읽지 못합니다. 첫 번째 표에서 번호를 찾으십시오(등록된 코드가 번호순으로 있습니다). 그 밖의 번호는 두 번째 표의 범위 가운데 하나에 속합니다. 브라우저의 찾기 기능(Ctrl+F, Mac에서는 ⌘F)으로 이 페이지의 이름을 찾을 수도 있습니다.
