import os
import sys, re
import json as j
import os.path
import os.path as osp
import xml.etree.ElementTree as ET, collections.abc
import a.b.c.d.e
