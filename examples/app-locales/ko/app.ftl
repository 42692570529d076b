chat-offline = 채팅을 지금 쓸 수 없습니다. { $why }
