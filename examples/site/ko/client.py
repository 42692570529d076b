"""Python websockets 클라이언트 예제입니다(websockets 14 이상, asyncio API). 연결이 어떻게
끝났는지, 곧 상대방의 닫기 코드와 닫기 사유를 읽고, 기다리면 해결되는 코드일 때만
`closecode retry CODE`가 출력하는 지연 시간에 따라 재연결합니다.

    python client.py ws://127.0.0.1:8080/

`ConnectionClosed.rcvd`는 상대방이 보낸 닫기 프레임(`rcvd.code`, `rcvd.reason`)입니다. 닫기
프레임 없이 연결이 끝나면 `None`이며, 브라우저와 closecode는 이를 1006으로 보고합니다. 출처:
https://github.com/python-websockets/websockets/blob/main/src/websockets/exceptions.py
"""

import asyncio
import random
import sys
import time

from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

# 클라이언트가 스스로 재연결하는 닫기 코드와 각 코드의 일정입니다.
# (첫 지연의 최솟값, 첫 지연의 최댓값, 상한)이며 단위는 초입니다. 상한은 시도마다 두 배가 됩니다.
SCHEDULES = {
    "backoff": (0, 5, 60),
    "randomized-delay": (5, 30, 120),
    "elsewhere": (30, 120, 600),
}
RECONNECT = {
    1001: "backoff",  # 엔드포인트 이탈(Going Away): 서버가 종료하는 중입니다
    1006: "backoff",  # 비정상 종료(Abnormal Closure): 닫기 프레임이 없습니다(네트워크, 프록시, 시간 초과)
    1011: "backoff",  # 내부 오류(Internal Error)
    1012: "randomized-delay",  # 서비스 재시작(Service Restart): 클라이언트들이 한꺼번에 몰리지 않게 흩어 놓습니다
    1013: "elsewhere",  # 나중에 다시 시도(Try Again Later): 서버에 부하가 몰려 있습니다
    1014: "backoff",  # 잘못된 게이트웨이(Bad Gateway): 프록시가 업스트림에 연결하지 못했습니다
    3008: "backoff",  # 시간 초과(Timeout)
}
ATTEMPTS = 10
# 16MiB까지의 메시지를 받습니다(websockets의 기본값은 1MiB).
# 더 큰 메시지는 1009로 닫힙니다.
MAX_SIZE = 16 * 2**20
STABLE = 60.0  # 이만큼 오래 유지된 연결이 끝나면 일정을 처음부터 다시 시작합니다


def delay(schedule, attempt):
    first_min, first_max, cap = SCHEDULES[schedule]
    if attempt == 1:
        return random.uniform(first_min, first_max)
    ceiling = min(cap, first_max * 2 ** (attempt - 2))
    return random.uniform(ceiling / 2, ceiling)


async def session(uri):
    """연결 하나를 끝날 때까지 읽습니다. (코드, 닫기 사유, 유지된 시간)을 돌려줍니다."""
    try:
        async with connect(uri, max_size=MAX_SIZE) as websocket:
            opened = time.monotonic()
            try:
                while True:
                    print("message:", await websocket.recv())
            except ConnectionClosed as closed:
                up = time.monotonic() - opened
                if closed.rcvd is None:
                    # 닫기 프레임이 없습니다. TCP 연결이 끊겼거나 프록시가 연결을 잘랐습니다.
                    return 1006, "", up
                # 상대방의 닫기 코드(빈 닫기 프레임이면 1005)와 닫기 사유입니다. 닫기 사유는
                # 로그에 남기고, 사용자에게는 절대 보여 주지 않습니다.
                return closed.rcvd.code, closed.rcvd.reason, up
    except InvalidStatus as refused:
        # 서버가 업그레이드 요청에 101 대신 HTTP 상태 코드로 응답했습니다(브라우저는 1006만
        # 봅니다). 408, 429와 5xx는 일시적입니다(429와 503이면 적어도 Retry-After만큼 기다립니다).
        # 401과 403은 새 자격 증명이, 400과 404는 수정이 먼저 필요하므로 재연결하지 않습니다.
        status = refused.response.status_code
        print(f"handshake refused: HTTP {status}")
        temporary = status in (408, 429) or status >= 500
        return (1006 if temporary else None), "", 0.0
    except OSError as error:  # DNS, 거부되거나 재설정된 TCP 연결, TLS
        print(f"cannot connect: {error}")
        return 1006, "", 0.0


async def run(uri, sleep=asyncio.sleep):
    running, attempts = None, 0
    while True:
        code, reason, up = await session(uri)
        if code is None:
            print("Not reconnecting: the server refused the handshake.")
            return
        print(f"WebSocket closed: code {code}, reason {reason!r}")
        if up >= STABLE:
            running = None
        schedule = RECONNECT.get(code)
        if schedule is None:
            # 1000, 1008, 1002, 1003, 1007, 1009(원인을 먼저 고쳐야 합니다), 3000과 3003(새 자격
            # 증명이 먼저 필요합니다), 애플리케이션의 4000-4999입니다.
            print(f"Not reconnecting after {code}.")
            return
        if schedule != running:
            running, attempts = schedule, 0
        if attempts == ATTEMPTS:
            print(f"Giving up after {ATTEMPTS} attempts.")
            return
        attempts += 1
        wait = delay(schedule, attempts)
        print(f"Reconnecting in {wait:.1f} s (attempt {attempts}).")
        await sleep(wait)


if __name__ == "__main__":
    asyncio.run(run(sys.argv[1]))
