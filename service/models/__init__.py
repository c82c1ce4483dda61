"""Tortoise models of Containr; aerich reads this module to build migrations."""

from service.models.setting import InstanceSetting
from service.models.task import Task, TaskState
from service.models.user import LoginFailure, User, UserRole

__all__ = ["InstanceSetting", "LoginFailure", "Task", "TaskState", "User", "UserRole"]
