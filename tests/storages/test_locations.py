"""A storage's url: what it must name (a bucket, path-style) and how it splits into endpoint, bucket, prefix and
the region an AWS endpoint signs for."""

from __future__ import annotations

import pytest

from service.domains.storages.access import Location, StorageAccess, location
from service.domains.storages.schemas import check_url


@pytest.mark.parametrize(("url", "expected"), [
    ("http://127.0.0.1:9000/files", Location("http://127.0.0.1:9000", "files", "", "us-east-1")),
    ("https://s3.eu-west-1.amazonaws.com/shop-assets/site/v1/",
     Location("https://s3.eu-west-1.amazonaws.com", "shop-assets", "site/v1", "eu-west-1")),
    ("https://s3-ap-south-1.amazonaws.com/b.dots", Location("https://s3-ap-south-1.amazonaws.com", "b.dots", "",
                                                            "ap-south-1")),
    ("https://minio.example.com/media", Location("https://minio.example.com", "media", "", "us-east-1")),
])
def test_a_url_names_the_endpoint_the_bucket_and_a_prefix(url, expected):
    assert location(check_url(url)) == expected


@pytest.mark.parametrize(("url", "says"), [
    ("ftp://s3.example.com/files", "http"),
    ("https://s3.example.com", "bucket"),
    ("https://s3.example.com/", "bucket"),
    ("https://s3.example.com/Files", "bucket name"),
    ("https://s3.example.com/ab", "bucket name"),
    ("https://key:secret@s3.example.com/files", "credentials"),
    ("https://s3.example.com/files?x=1", "query"),
    ("https://s3.example.com:99999/files", "port"),
])
def test_a_url_without_a_usable_bucket_is_refused(url, says):
    with pytest.raises(ValueError, match=says):
        check_url(url)


def test_the_keys_go_to_an_environment_and_nowhere_else():
    access = StorageAccess(location=location("https://s3.example.com/files/seed"), access_key="AKIAEXAMPLE",
                           secret_key="a-secret")
    assert "a-secret" not in repr(access) and "AKIAEXAMPLE" not in repr(access)
    assert access.environment() == {
        "AWS_ENDPOINT_URL": "https://s3.example.com", "AWS_DEFAULT_REGION": "us-east-1", "STORAGE_BUCKET": "files",
        "STORAGE_PREFIX": "seed", "AWS_ACCESS_KEY_ID": "AKIAEXAMPLE", "AWS_SECRET_ACCESS_KEY": "a-secret"}
    public = StorageAccess(location=access.location, access_key=None, secret_key=None)
    assert "AWS_SECRET_ACCESS_KEY" not in public.environment()
