"""Python websocketsのクライアントの例です（websockets 14以降、asyncio API）。接続がどう
終わったか、つまり相手側のクローズコードとクローズ理由を読み、待てば解決するコードのときだけ、
`closecode retry CODE`が示す間隔で再接続します。

    python client.py ws://127.0.0.1:8080/

`ConnectionClosed.rcvd`は相手側が送ったクローズフレーム（`rcvd.code`、`rcvd.reason`）です。
クローズフレームなしで接続が終わると`None`になり、ブラウザーとclosecodeはこれを1006として
報告します。出典：
https://github.com/python-websockets/websockets/blob/main/src/websockets/exceptions.py
"""

import asyncio
import random
import sys
import time

from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

# クライアントが自動で再接続するクローズコードと、それぞれのスケジュールです。
# （最初の間隔の最小、最初の間隔の最大、上限）で、単位は秒です。上限は試行ごとに2倍になります。
SCHEDULES = {
    "backoff": (0, 5, 60),
    "randomized-delay": (5, 30, 120),
    "elsewhere": (30, 120, 600),
}
RECONNECT = {
    1001: "backoff",  # エンドポイントの離脱（Going Away）：サーバーが停止するところです
    1006: "backoff",  # 異常終了（Abnormal Closure）：クローズフレームがありません（ネットワーク、プロキシ、タイムアウト）
    1011: "backoff",  # 内部エラー（Internal Error）
    1012: "randomized-delay",  # サービス再起動（Service Restart）：クライアントが一斉に戻らないよう分散させます
    1013: "elsewhere",  # 後で再試行（Try Again Later）：サーバーが過負荷です
    1014: "backoff",  # 不正なゲートウェイ（Bad Gateway）：プロキシがアップストリームに接続できませんでした
    3008: "backoff",  # タイムアウト（Timeout）
}
ATTEMPTS = 10
# 16 MiBまでのメッセージを受け取ります（websocketsの既定値は1 MiB）。
# それより大きいと1009で閉じます。
MAX_SIZE = 16 * 2**20
STABLE = 60.0  # この時間以上続いた接続が終わったら、スケジュールを最初からやり直します


def delay(schedule, attempt):
    first_min, first_max, cap = SCHEDULES[schedule]
    if attempt == 1:
        return random.uniform(first_min, first_max)
    ceiling = min(cap, first_max * 2 ** (attempt - 2))
    return random.uniform(ceiling / 2, ceiling)


async def session(uri):
    """1つの接続を終わるまで読みます。（コード、クローズ理由、続いた時間）を返します。"""
    try:
        async with connect(uri, max_size=MAX_SIZE) as websocket:
            opened = time.monotonic()
            try:
                while True:
                    print("message:", await websocket.recv())
            except ConnectionClosed as closed:
                up = time.monotonic() - opened
                if closed.rcvd is None:
                    # クローズフレームがありません。TCP接続が切れたか、プロキシが接続を切りました。
                    return 1006, "", up
                # 相手側のクローズコード（空のクローズフレームなら1005）とクローズ理由です。
                # クローズ理由はログに残し、ユーザーには決して表示しません。
                return closed.rcvd.code, closed.rcvd.reason, up
    except InvalidStatus as refused:
        # サーバーがアップグレードに101ではなくHTTPステータスで応答しました（ブラウザーには1006
        # しか見えません）。408、429、5xxは一時的です（429と503では少なくともRetry-Afterの間
        # 待ちます）。401と403は新しい認証情報が、400と404は修正が先に必要なので、再接続しません。
        status = refused.response.status_code
        print(f"handshake refused: HTTP {status}")
        temporary = status in (408, 429) or status >= 500
        return (1006 if temporary else None), "", 0.0
    except OSError as error:  # DNS、拒否またはリセットされたTCP接続、TLS
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
            # 1000、1008、1002、1003、1007、1009（先に原因の修正が必要です）、3000と3003（先に
            # 新しい認証情報が必要です）、アプリケーションの4000〜4999です。
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
