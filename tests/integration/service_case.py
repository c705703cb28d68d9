"""A test class of one of Jixiao's document services: one office for the
class, in the UI language JIXIAO_LOCALE (en-US or zh-CN), with
org.jixiao.Validator to find the findings and a temporary folder for files."""

import os
import shutil
import tempfile

from office import OfficeCase

LOCALE = os.environ.get("JIXIAO_LOCALE", "en-US")
ZH = LOCALE.startswith("zh")


class ServiceCase(OfficeCase):
    office_locale = LOCALE

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.validator = cls.office.create("org.jixiao.Validator")
        cls.dir = tempfile.mkdtemp(prefix="jixiao-service-")

    @classmethod
    def tearDownClass(cls):
        try:
            super().tearDownClass()
        finally:
            shutil.rmtree(cls.dir, ignore_errors=True)
