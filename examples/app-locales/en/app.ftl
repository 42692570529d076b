# The application's own messages. closecode's come from closecode::catalog::export, under the
# prefix closecode-, so the two never collide.
chat-offline = The chat is offline. { $why }
