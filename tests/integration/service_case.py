"""A test class of one of Jixiao's document services: one office for the
class, in the UI language JIXIAO_LOCALE (en-US or zh-CN), with
org.jixiao.Validator to find the findings and a temporary folder for files."""

import os
import shutil
import tempfile
import unittest

from office import Office

LOCALE = os.environ.get("JIXIAO_LOCALE", "en-US")
ZH = LOCALE.startswith("zh")


class ServiceCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = Office(locale=LOCALE).__enter__()
        cls.validator = cls.office.create("org.jixiao.Validator")
        cls.dir = tempfile.mkdtemp(prefix="jixiao-service-")

    @classmethod
    def tearDownClass(cls):
        cls.office.shutdown()
        shutil.rmtree(cls.dir, ignore_errors=True)
