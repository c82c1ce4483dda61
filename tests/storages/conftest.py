"""A real S3-compatible server that checks keys: moto's server mode (tests/harness/s3.py) with its IAM
authentication on, a user whose key may do anything in S3, and a bucket holding one file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass

import boto3
import httpx
import pytest

from tests.harness.s3 import S3Server, _free_port

BUCKET = "files"
# moto checks keys after this many calls (INITIAL_NO_AUTH_ACTION_COUNT): the three IAM calls that make the user
# and its key; from then on every call, the bucket's creation included, is signed with a key moto knows.
UNCHECKED_CALLS = 3


@dataclass(frozen=True)
class KeyedS3:
    server: S3Server
    access_key: str
    secret_key: str

    def url(self, bucket: str = BUCKET) -> str:
        return f"{self.server.endpoint}/{bucket}"

    def client(self):  # noqa: ANN201 - boto3's clients are typed at run time only
        return boto3.client("s3", endpoint_url=self.server.endpoint, region_name="us-east-1",
                            aws_access_key_id=self.access_key, aws_secret_access_key=self.secret_key)


def _start() -> S3Server:
    port = _free_port()
    env = {**os.environ, "INITIAL_NO_AUTH_ACTION_COUNT": str(UNCHECKED_CALLS)}
    process = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = S3Server(process=process, port=port)
    for _ in range(300):  # moto imports many modules before it listens
        if process.poll() is not None:
            raise RuntimeError(f"moto's server exited with status {process.returncode}")
        try:
            httpx.get(f"{server.endpoint}/moto-api/", timeout=1)
            return server
        except httpx.HTTPError:
            time.sleep(0.1)
    server.stop()
    raise RuntimeError("moto's server did not answer within 30 s")


@pytest.fixture(scope="session")
def keyed_s3() -> Iterator[KeyedS3]:
    server = _start()
    try:
        iam = boto3.client("iam", endpoint_url=server.endpoint, region_name="us-east-1",
                           aws_access_key_id="setup", aws_secret_access_key="setup")
        iam.create_user(UserName="containr")
        iam.put_user_policy(UserName="containr", PolicyName="s3", PolicyDocument=json.dumps({
            "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}))
        key = iam.create_access_key(UserName="containr")["AccessKey"]
        s3 = KeyedS3(server=server, access_key=key["AccessKeyId"], secret_key=key["SecretAccessKey"])
        client = s3.client()
        client.create_bucket(Bucket=BUCKET)
        client.put_object(Bucket=BUCKET, Key="seed/index.html", Body=b"<h1>seeded</h1>")
        yield s3
    finally:
        server.stop()
