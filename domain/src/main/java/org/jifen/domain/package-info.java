package org.jifen.domain;
